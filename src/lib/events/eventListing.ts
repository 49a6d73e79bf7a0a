/**
 * What the event list shows, page by page: upcoming dates (in date order,
 * a page at a time), regular and not-yet-scheduled offers (first page only)
 * and, apart from the list, the archive of past events (a page at a time,
 * newest first). Pure, so the list pages, their `getStaticPaths` and the
 * tests agree on the same pages.
 */
import { occurrences, sortKey, upcomingOccurrences, type EventTiming } from './eventSchedule.ts';
import { matchesFilter, type EventFilter, type FilterableEvent } from './eventFilters.ts';

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

/**
 * An event with what every list asks of it worked out once: its place in
 * date order and whether it is upcoming, regular or past. A language's events
 * become such a timeline once, and each list and filtered view is one pass
 * over it – sorting for every view made builds grow with events × views.
 */
export interface TimedEvent<E> {
  event: E;
  data: ListableEvent;
  hasDatesAhead: boolean;
  isRegular: boolean;
  hasDates: boolean;
}

/** Events in list order: by their next date not yet over (else their last), undated ones last. */
export function eventTimeline<E>(events: readonly E[], data: (e: E) => ListableEvent, now: Date): TimedEvent<E>[] {
  return events
    .map((event) => {
      const timing = data(event);
      const all = occurrences(timing);
      return {
        key: sortKey(timing, now),
        timed: {
          event,
          data: timing,
          hasDatesAhead: upcomingOccurrences(timing, now).length > 0,
          isRegular: !!timing.recurrence || !timing.start,
          hasDates: all.length > 0,
        },
      };
    })
    .sort((a, b) => a.key.localeCompare(b.key))
    .map(({ timed }) => timed);
}

/** One filter's list from a timeline: upcoming, regular and past, in one pass. */
export function listFromTimeline<E>(timeline: readonly TimedEvent<E>[], filter: EventFilter): EventList<E> {
  const list: EventList<E> = { upcoming: [], regular: [], past: [] };
  for (const timed of timeline) {
    if (!matchesFilter(timed.data, filter)) continue;
    if (timed.isRegular) {
      if (!timed.data.start || timed.hasDatesAhead) list.regular.push(timed.event);
    } else if (timed.hasDatesAhead) list.upcoming.push(timed.event);
    if (timed.hasDates && !timed.hasDatesAhead) list.past.push(timed.event);
  }
  list.past.reverse();
  return list;
}

/** Sorts a language's events for one filter into upcoming, regular and past. */
export function eventList<E>(
  events: readonly E[],
  data: (e: E) => ListableEvent,
  filter: EventFilter,
  now: Date,
): EventList<E> {
  return listFromTimeline(eventTimeline(events, data, now), filter);
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

/** How many pages a list's upcoming dates and its archive fill. */
export function listPageCounts(list: EventList<unknown>): { upcoming: number; archive: number } {
  return {
    upcoming: pageCount(list.upcoming.length, eventsPerPage),
    archive: pageCount(list.past.length, eventsPerPage),
  };
}
