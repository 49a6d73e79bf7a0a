/**
 * What search knows about a page: its type (shown on every result and used
 * by the type filter) and how results are ordered. Pure, so it is unit-tested
 * and shared by the pages (which mark themselves for the index) and the
 * search script (which reads the marks back).
 */
import type { CollectionName } from '../../core/collections.ts';

export const searchTypes = ['guide', 'glossary', 'event', 'station', 'partner', 'page'] as const;
export type SearchType = (typeof searchTypes)[number];

/** The result type of each collection's entry pages. */
export const searchTypeOf: Readonly<Record<CollectionName, SearchType>> = {
  guides: 'guide',
  glossary: 'glossary',
  events: 'event',
  partners: 'partner',
  stations: 'station',
  pages: 'page',
  'leichte-sprache': 'page',
};

export interface RankedResult {
  meta: { type?: string; ends?: string };
}

/**
 * Upcoming events before past ones; everything else keeps Pagefind's order.
 * An event is past when its last date ended (`ends`, an ISO instant) before `now`.
 *
 * @example rankResults([{ meta: { type: 'event', ends: '2020-01-01T00:00:00Z' } }, { meta: { type: 'guide' } }], new Date())
 * // the guide first, then the past event
 */
export function rankResults<T extends RankedResult>(results: readonly T[], now: Date): T[] {
  const isPast = (r: T) => r.meta.type === 'event' && !!r.meta.ends && Date.parse(r.meta.ends) < now.getTime();
  return [...results.filter((r) => !isPast(r)), ...results.filter(isPast)];
}
