/**
 * The translation pane keeps the language the editor chose. Decap opens the
 * right-hand pane in the first translation (English) whenever an entry is
 * opened – also right after a new entry is published, when Decap reopens it
 * under its file name – so an editor working on the Arabic text suddenly
 * found English in front of her. The language chosen last is kept for this
 * browser tab (sessionStorage; nothing leaves the browser) and chosen again
 * when the pane comes back with another one.
 *
 * Decap has no setting or API for this pane: the code works through the pane's
 * own language menu, as the editor would (the CMS browser test covers it).
 */
const storageKey = 'sawd-cms-translation-pane';
const paneLabel = /^Aktuelle Sprache: ([A-Z-]+)$/;

/** The two panes' language buttons, German's first. */
const paneLabels = () =>
  [...document.querySelectorAll<HTMLElement>('[role="button"], button')].filter((element) =>
    paneLabel.test(element.textContent?.trim() ?? ''),
  );

const languageOf = (label: HTMLElement | undefined) => label?.textContent?.trim().match(paneLabel)?.[1]?.toLowerCase();

export function keepTranslationPane(): void {
  // Remember the translation pane's language after every choice in a menu.
  document.addEventListener(
    'click',
    (event) => {
      if (!(event.target as HTMLElement).closest('[role="menuitem"]')) return;
      setTimeout(() => {
        const chosen = languageOf(paneLabels()[1]);
        if (chosen) sessionStorage.setItem(storageKey, chosen);
      });
    },
    true,
  );

  // Choose it again when the pane appears anew (an entry opened, a new one reopened after publishing)
  // with another language – never while the editor switches languages in a pane already there.
  const seen = new WeakSet<HTMLElement>();
  let scheduled = false;
  const restore = () => {
    scheduled = false;
    const label = paneLabels()[1];
    if (!label || seen.has(label)) return;
    seen.add(label);
    const wanted = sessionStorage.getItem(storageKey);
    if (!wanted || languageOf(label) === wanted) return;
    label.click();
    requestAnimationFrame(() => {
      const item = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')].find(
        (element) => element.textContent?.trim().toLowerCase() === wanted,
      );
      if (item) item.click();
      else label.click(); // that language is not offered here: close the menu again
    });
  };
  new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(restore);
  }).observe(document.body, { childList: true, subtree: true });
}
