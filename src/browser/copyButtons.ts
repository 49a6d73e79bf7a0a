/**
 * "Copy" buttons: each `button[data-copy]` copies its text and says so in the
 * status region named by `data-status`. Hidden in the HTML, shown only where
 * the browser can copy; the text itself is always on the page to select.
 */
export function enableCopyButtons(root: ParentNode = document): void {
  if (!navigator.clipboard) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const item = button.closest('li') ?? button;
    item.hidden = false;
    button.addEventListener('click', () => {
      const status = button.dataset.status ? document.getElementById(button.dataset.status) : null;
      void navigator.clipboard.writeText(button.dataset.copy ?? '').then(() => {
        if (status) status.textContent = button.dataset.copied ?? '';
      });
    });
  }
}
