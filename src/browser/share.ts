/**
 * The phone's own share sheet (Web Share API): shown only where the browser
 * has one; the plain links beside it always work.
 */
export function enableShareSheet(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('button[data-share-native]');
  if (!button || typeof navigator.share !== 'function') return;
  const { shareText: text = '', shareUrl: url = '' } = root.dataset;
  // The button's list item is hidden in the HTML: without the feature there is no empty button.
  button.closest('li')?.removeAttribute('hidden');
  button.addEventListener('click', () => {
    // Closing the share sheet rejects; that is the reader's choice, not an error.
    navigator.share({ title: text, text, url }).catch(() => undefined);
  });
}
