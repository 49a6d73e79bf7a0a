/**
 * The phone's own share sheet (Web Share API): shown only where the browser
 * has one; the plain links beside it always work. It sends what the block
 * currently says (`data-share-text`, `data-share-url`), which the language
 * choice changes.
 */
export function enableShareSheet(root: HTMLElement): void {
  const button = root.querySelector<HTMLButtonElement>('button[data-share-native]');
  if (!button || typeof navigator.share !== 'function') return;
  // The button's list item is hidden in the HTML: without the feature there is no empty button.
  button.closest('li')?.removeAttribute('hidden');
  button.addEventListener('click', () => {
    const { shareText: text = '', shareUrl: url = '' } = root.dataset;
    // Closing the share sheet rejects; that is the reader's choice, not an error.
    navigator.share({ title: text, text, url }).catch(() => undefined);
  });
}

/**
 * "Send in: Deutsch / English / العربية / …": shows the choice (hidden in the
 * HTML, where the list of the other languages' links stands in for it) and
 * loads the code that switches the block on the first change.
 */
export function enableLanguageChoice(root: HTMLElement): void {
  const chooser = root.querySelector<HTMLFieldSetElement>('[data-share-chooser]');
  if (!chooser) return;
  chooser.hidden = false;
  // A browser restoring the form after Back may check another language than the links show: start from the page's.
  const pageLanguage = chooser.querySelector<HTMLInputElement>('input[checked]');
  if (pageLanguage) pageLanguage.checked = true;
  const fallback = root.querySelector<HTMLElement>('[data-share-fallback]');
  if (fallback) fallback.hidden = true;
  const switcher = root.dataset.shareLanguageSrc;
  chooser.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (!switcher) return;
    void import(/* @vite-ignore */ switcher).then(() =>
      root.dispatchEvent(new CustomEvent('share-language', { bubbles: true, detail: input })),
    );
  });
}
