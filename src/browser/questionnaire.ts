/**
 * The questionnaire on one page: an answer shows the next question (or the
 * result) in place instead of loading its pre-built page. The URL follows,
 * so Back, reload and sharing behave as without JavaScript.
 *
 * It also remembers the answers given on the way (in the page only, never
 * stored) and writes them onto the result card, in German and the reader's
 * language; a card reached without them (a shared link, no script) simply
 * has no answers part.
 */
interface Answer {
  /** The answer as the reader read it. */
  text: string;
  /** The same in German, for the counsellor. */
  german: string;
}

export function enhanceQuestionnaire(root: HTMLElement): void {
  const base = root.dataset.base ?? '';
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  let answers: Answer[] = [];

  const fillCard = (result: HTMLElement) => {
    for (const side of result.querySelectorAll<HTMLElement>('[data-card-side]')) {
      const part = side.querySelector<HTMLElement>('[data-card-answers]');
      const list = part?.querySelector('ul');
      if (!part || !list) continue;
      const german = side.dataset.cardSide === 'de';
      list.replaceChildren(
        ...answers.map((answer) => {
          const item = document.createElement('li');
          item.textContent = german ? answer.german : answer.text;
          return item;
        }),
      );
      part.hidden = answers.length === 0;
    }
  };

  const show = (step: string, moveFocus: boolean) => {
    const target = steps.find((s) => s.dataset.step === step);
    if (!target) return false;
    for (const s of steps) s.hidden = s !== target;
    if (target.dataset.title) document.title = target.dataset.title;
    if (target.dataset.station) {
      fillCard(target);
      // The card's QR code waits (lazy) in results not shown; this one is printed at once if the reader wants.
      const code = target.querySelector<HTMLImageElement>('.result-card img');
      if (code) code.loading = 'eager';
    }
    // The new heading takes focus: screen readers read it, keyboard users continue from there.
    if (moveFocus) target.querySelector<HTMLElement>('h2')?.focus();
    return true;
  };

  const stepOfPath = (pathname: string) =>
    pathname.startsWith(base) ? pathname.slice(base.length).replace(/\/$/, '') : undefined;

  root.addEventListener('click', (event) => {
    const print = (event.target as Element).closest('button[data-print-card]');
    if (print) {
      window.print();
      return;
    }
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
    if (!link || step === undefined) return;
    // An answer to the question at depth n replaces what was answered from there on; "start again" forgets all.
    const depth = Number(link.closest<HTMLElement>('[data-depth]')?.dataset.depth ?? 0);
    const isAnswer = depth > 0 && link.closest('.questionnaire__answers') !== null;
    const before = answers;
    answers = isAnswer ? [...answers.slice(0, depth - 1), answerOf(link)] : [];
    if (!show(step, true)) {
      answers = before;
      return;
    }
    event.preventDefault();
    history.pushState({ questionnaireStep: step, answers }, '', link.href);
  });

  window.addEventListener('popstate', (event) => {
    const step = stepOfPath(location.pathname);
    const state = event.state as { answers?: Answer[] } | null;
    answers = state?.answers ?? [];
    if (step !== undefined) show(step, true);
  });

  // The card can be printed with the browser's print function too; the button only saves looking for it.
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print-card]')) button.hidden = false;
}

function answerOf(link: HTMLAnchorElement): Answer {
  const text = link.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return { text, german: link.dataset.answerDe ?? text };
}
