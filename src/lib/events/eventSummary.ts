/**
 * An event in one line – when and where – for the places that cannot show the
 * full facts: link-preview images and descriptions, posters, ready-to-send
 * messages. The event page itself shows `EventFacts`.
 */
import type { CollectionEntry } from 'astro:content';
import type { LocaleCode } from '../../core/locales.ts';
import type { Translate } from '../../i18n/translator.ts';
import { formatDate, formatWeekday } from '../../i18n/format.ts';
import { occurrences, toMoment, upcomingOccurrences } from './eventSchedule.ts';

type EventData = CollectionEntry<'events'>['data'];

/**
 * The next date (or the last one, once over), or the weekday of a weekly series – without the time.
 *
 * @example eventDate(event, 'de', t, now) // '18. März 2026' or 'jede Woche, Mittwoch'
 */
export function eventDate(event: EventData, lang: LocaleCode, t: Translate, now: Date): string | undefined {
  if (!event.start) return undefined;
  if (event.recurrence) return `${t('events.recurrenceWeekly')}, ${formatWeekday(toMoment(event.start).date, lang)}`;
  const moment = upcomingOccurrences(event, now)[0] ?? occurrences(event).at(-1);
  return moment && formatDate(moment.date, lang);
}

/**
 * The date with its start time, when one is known.
 *
 * @example eventWhen(event, 'de', t, now) // '18. März 2026, 16:00 Uhr' or 'jede Woche, Mittwoch, 16:00 Uhr'
 */
export function eventWhen(event: EventData, lang: LocaleCode, t: Translate, now: Date): string | undefined {
  const date = eventDate(event, lang, t, now);
  const time = event.start ? toMoment(event.start).time : undefined;
  return date && time ? t('events.dateTime', { date, time }) : date;
}

/** The town, or "Online". */
export function eventWhere(event: EventData, t: Translate): string {
  return event.format === 'online' || !event.venue ? t('events.format.online') : event.venue.town;
}

/** @example eventSummary(event, 'de', t, now) // '18. März 2026, 16:00 Uhr · Halle (Saale)' */
export function eventSummary(event: EventData, lang: LocaleCode, t: Translate, now: Date): string {
  return [eventWhen(event, lang, t, now), eventWhere(event, t)].filter(Boolean).join(' · ');
}
