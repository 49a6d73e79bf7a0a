/**
 * The share block switched to another language (loaded on the first choice):
 * the messenger and e-mail links, the address, "copy link", the share sheet
 * and the QR code follow. What each language says was written at build time
 * into its radio button's data attributes. Built as a self-contained module
 * (`?worker&url`, like the speech code), so the page loads no import helper:
 * the block's loader imports it and then sends the choice as an event.
 */
import { shareLinks } from '../lib/sharing/shareLinks.ts';

type LinkKind = 'whatsapp' | 'telegram' | 'email';

export function applyShareVersion(root: HTMLElement, input: HTMLInputElement): void {
  const { text = '', url = '', qr = '', qrAlt = '', chosen = '' } = input.dataset;
  root.dataset.shareText = text;
  root.dataset.shareUrl = url;
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-share-link]')) {
    link.href = shareLinks[link.dataset.shareLink as LinkKind]({ text, url });
  }
  const address = root.querySelector<HTMLElement>('[data-share-address]');
  if (address) address.textContent = url;
  const copy = root.querySelector<HTMLButtonElement>('button[data-copy]');
  if (copy) copy.dataset.copy = url;
  const image = root.querySelector<HTMLImageElement>('img[data-share-qr]');
  if (image) {
    image.src = qr;
    image.alt = qrAlt;
  }
  const status = root.querySelector<HTMLElement>('[role="status"]');
  if (status) status.textContent = chosen;
}

document.addEventListener('share-language', (event) => {
  const { detail: input, target } = event as CustomEvent<HTMLInputElement>;
  applyShareVersion(target as HTMLElement, input);
});
