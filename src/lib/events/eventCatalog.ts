/**
 * A language's events as the site lists them – in date order, per filter,
 * and the upcoming ones for partner, station and guide pages – worked out
 * once per build (see `buildCache`) and read by every page that lists events.
 */
import { oncePerBuild, siteNow } from '../content/buildCache.ts';
import { activeDistricts, languageOptions, type EventFilter } from './eventFilters.ts';
import { eventTimeline, listFromTimeline, type EventList } from './eventListing.ts';
import { getLocalizedEntries, type LocalizedEntry } from '../content/localizedContent.ts';
import type { LocaleCode } from '../../core/locales.ts';

type Event = LocalizedEntry<'events'>;

export interface EventCatalog {
  /** The instant the lists were made for. */
  now: Date;
  /** Every event of the language (translated or German), in list order. */
  events: readonly Event[];
  /** The list for a filter: upcoming dates, regular offers, past events. */
  list(filter: EventFilter): EventList<Event>;
  /** The filters on offer: languages some event is held in, districts with in-person events. */
  languages: readonly string[];
  activeDistricts: ReadonlySet<string>;
  /** Events with dates ahead that are not cancelled, soonest first. */
  upcoming: readonly Event[];
  /** The next single in-person event (not a weekly offer): where a reader can ask in person. */
  nextInPerson: Event | undefined;
}

const filterKey = (filter: EventFilter) => `${filter.district}/${filter.format}/${filter.language}`;

export const eventCatalog = oncePerBuild(async (lang: LocaleCode): Promise<EventCatalog> => {
  const now = siteNow();
  const timeline = eventTimeline(await getLocalizedEntries('events', lang), (e) => e.entry.data, now);
  const data = timeline.map((timed) => timed.event.entry.data);
  const lists = new Map<string, EventList<Event>>();
  const upcoming = timeline
    .filter((timed) => timed.hasDatesAhead && timed.event.entry.data.status !== 'cancelled')
    .map((timed) => timed.event);
  return {
    now,
    events: timeline.map((timed) => timed.event),
    list(filter) {
      const key = filterKey(filter);
      if (!lists.has(key)) lists.set(key, listFromTimeline(timeline, filter));
      return lists.get(key)!;
    },
    languages: languageOptions(data),
    activeDistricts: activeDistricts(data),
    upcoming,
    nextInPerson: upcoming.find((e) => e.entry.data.format === 'in-person' && !e.entry.data.recurrence),
  };
});
