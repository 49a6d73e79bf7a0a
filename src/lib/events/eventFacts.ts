/**
 * The facts of an event as words – its time, place and languages – said the same way
 * wherever they appear: the event page and its cards (`EventFacts`) and the printed
 * poster or flyer (`EventPoster`). Each fact's label is `factLabels`' key.
 */
import type { CollectionEntry } from 'astro:content';
import type { LocaleCode } from '../../core/locales.ts';
import type { Translate, UiKey } from '../../i18n/translator.ts';
import { formatList, languageName } from '../../i18n/format.ts';
import { venueAddress } from './eventCalendar.ts';
import { toMoment } from './eventSchedule.ts';
import { eventDate } from './eventSummary.ts';

type EventData = CollectionEntry<'events'>['data'];

/** The label of each fact, the same on the page and on paper. */
export const factLabels = {
  date: 'events.date',
  time: 'events.time',
  place: 'events.place',
  languages: 'events.languages',
} as const satisfies Record<string, UiKey>;

/**
 * The event's hours, when its start time is known.
 *
 * @example eventTime(event, t) // '16:00 bis 18:00 Uhr', 'ab 16:00 Uhr' or undefined
 */
export function eventTime(event: EventData, t: Translate): string | undefined {
  const start = event.start ? toMoment(event.start).time : undefined;
  if (!start) return undefined;
  const end = event.end ? toMoment(event.end).time : undefined;
  return end ? t('events.timeRange', { start, end }) : t('events.timeSingle', { time: start });
}

/**
 * The languages the event is held in, named in `lang`; undefined when none are given.
 *
 * @example eventLanguages(event, 'de') // 'Arabisch und Deutsch'
 */
export function eventLanguages(event: EventData, lang: LocaleCode): string | undefined {
  if (event.languages.length === 0) return undefined;
  return formatList(
    event.languages.map((code) => languageName(code, lang)),
    lang,
  );
}

/** The venue's full address (German, as on the door), or undefined for an event without one. */
export function eventPlace(event: EventData): string | undefined {
  return event.venue ? venueAddress(event.venue) : undefined;
}

/** What a poster says of an event: one line each for when, where and in which languages. */
export interface PosterFacts {
  when: string;
  where: string;
  languages?: string;
}

/**
 * The poster's facts: the next date with its hours (or "date to be announced"), the address
 * (or "Online"), the languages.
 *
 * @example posterFacts(event, 'de', t, now) // { when: '18. März 2026, 16:00 bis 18:00 Uhr', where: 'Haus, Straße 1, 06108 Halle (Saale)', languages: 'Arabisch und Deutsch' }
 */
export function posterFacts(event: EventData, lang: LocaleCode, t: Translate, now: Date): PosterFacts {
  return {
    when: [eventDate(event, lang, t, now) ?? t('events.scheduleToBeAnnounced'), eventTime(event, t)]
      .filter(Boolean)
      .join(', '),
    where: eventPlace(event) ?? t('events.format.online'),
    languages: eventLanguages(event, lang),
  };
}
