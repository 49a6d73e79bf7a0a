/**
 * The site is static: a list built on Monday still shows Tuesday's event on
 * Friday – and a page kept in the offline copy is as old as its last refresh.
 * This hides every entry whose last date has ended (its `data-ends` instant),
 * shows what is prepared for then (`data-after-end`: an event page's "this
 * event has taken place") and, when a list runs empty, its "no dates" text.
 * Without JavaScript the page is as of the last build (rebuilt daily).
 */
export function hideEndedEvents(root: ParentNode = document, now: number = Date.now()): void {
  for (const item of root.querySelectorAll<HTMLElement>('[data-ends]')) {
    if (Date.parse(item.dataset.ends ?? '') <= now) item.hidden = true;
  }
  for (const item of root.querySelectorAll<HTMLElement>('[data-after-end]')) {
    if (Date.parse(item.dataset.afterEnd ?? '') <= now) item.hidden = false;
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
