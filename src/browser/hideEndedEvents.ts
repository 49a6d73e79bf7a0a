/**
 * The site is static: a list built on Monday still shows Tuesday's event on
 * Friday. This hides every entry whose last date has ended (its `data-ends`
 * instant) and, when a list runs empty, shows its prepared "no dates" text.
 * Without JavaScript the list is as of the last build (rebuilt daily).
 */
export function hideEndedEvents(root: ParentNode = document, now: number = Date.now()): void {
  for (const item of root.querySelectorAll<HTMLElement>('[data-ends]')) {
    if (Date.parse(item.dataset.ends ?? '') <= now) item.hidden = true;
  }
  for (const group of root.querySelectorAll<HTMLElement>('[data-event-group]')) {
    group.hidden = group.querySelector('[data-ends]:not([hidden]), li:not([data-ends])') === null;
  }
  for (const list of root.querySelectorAll<HTMLElement>('[data-event-list]')) {
    const empty = list.querySelector<HTMLElement>('[data-when-empty]');
    if (empty) empty.hidden = list.querySelector('[data-event-group]:not([hidden])') !== null;
  }
}

hideEndedEvents();
