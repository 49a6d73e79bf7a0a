/**
 * The questionnaire on one page: an answer shows the next question (or the
 * result) in place instead of loading its pre-built page. The URL follows,
 * so Back, reload and sharing behave as without JavaScript.
 */
export function enhanceQuestionnaire(root: HTMLElement): void {
  const base = root.dataset.base ?? '';
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];

  const show = (step: string, moveFocus: boolean) => {
    const target = steps.find((s) => s.dataset.step === step);
    if (!target) return false;
    for (const s of steps) s.hidden = s !== target;
    if (target.dataset.title) document.title = target.dataset.title;
    // The new heading takes focus: screen readers read it, keyboard users continue from there.
    if (moveFocus) target.querySelector<HTMLElement>('h2')?.focus();
    return true;
  };

  const stepOfPath = (pathname: string) =>
    pathname.startsWith(base) ? pathname.slice(base.length).replace(/\/$/, '') : undefined;

  root.addEventListener('click', (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-next]');
    const step = link?.dataset.next;
    if (!link || step === undefined || !show(step, true)) return;
    event.preventDefault();
    history.pushState({ questionnaireStep: step }, '', link.href);
  });

  window.addEventListener('popstate', () => {
    const step = stepOfPath(location.pathname);
    if (step !== undefined) show(step, true);
  });
}
