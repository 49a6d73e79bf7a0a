/**
 * What the event list shows, page by page: upcoming dates (in date order,
 * a page at a time), regular and not-yet-scheduled offers (first page only)
 * and, apart from the list, the archive of past events (a page at a time,
 * newest first). Pure, so the list pages, their `getStaticPaths` and the
 * tests agree on the same pages.
 */
import { occurrences, sortKey, upcomingOccurrences, type EventTiming } from './eventSchedule';
import { matchesFilter, type EventFilter, type FilterableEvent } from './eventFilters';

/** Events on one page of the list or the archive: a few phone screens of cards, ~6 KB gzip. */
export const eventsPerPage = 20;

export type ListableEvent = EventTiming & FilterableEvent;

export interface EventList<E> {
  /** Events with dates ahead, soonest first. */
  upcoming: E[];
  /** Weekly offers and those without a date yet. */
  regular: E[];
  /** Events whose last date has passed, newest first. */
  past: E[];
}

/** Sorts a language's events for one filter into upcoming, regular and past. */
export function eventList<E>(
  events: readonly E[],
  data: (e: E) => ListableEvent,
  filter: EventFilter,
  now: Date,
): EventList<E> {
  const matching = events
    .filter((e) => matchesFilter(data(e), filter))
    .sort((a, b) => sortKey(data(a), now).localeCompare(sortKey(data(b), now)));
  const hasDatesAhead = (e: E) => upcomingOccurrences(data(e), now).length > 0;
  const isRegular = (e: E) => !!data(e).recurrence || !data(e).start;
  return {
    upcoming: matching.filter((e) => !isRegular(e) && hasDatesAhead(e)),
    regular: matching.filter((e) => isRegular(e) && (!data(e).start || hasDatesAhead(e))),
    past: matching.filter((e) => occurrences(data(e)).length > 0 && !hasDatesAhead(e)).reverse(),
  };
}

/** How many pages `count` items fill, `size` a page; an empty list still has its first page. */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}

/**
 * The items of page `page` (from 1).
 *
 * @example pageOf(['a', 'b', 'c'], 2, 2) // ['c']
 */
export function pageOf<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The page numbers after the first, as `getStaticPaths` needs them: `seite/2` … */
export function laterPages(count: number): number[] {
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => i + 2);
}

/** How many pages the list of upcoming dates (for a filter) and the archive fill. */
export function listPageCounts(
  events: readonly { entry: { data: ListableEvent } }[],
  filter: EventFilter,
  now: Date,
): { upcoming: number; archive: number } {
  const list = eventList(events, (e) => e.entry.data, filter, now);
  return {
    upcoming: pageCount(list.upcoming.length, eventsPerPage),
    archive: pageCount(list.past.length, eventsPerPage),
  };
}
