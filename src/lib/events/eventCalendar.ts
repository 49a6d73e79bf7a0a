/** Content events as iCalendar events: the one place that maps our event model to RFC 5545. */
import type { CollectionEntry } from 'astro:content';
import type { LocaleCode } from '../../core/locales.ts';
import { toMoment } from './eventSchedule.ts';
import type { CalendarEvent } from '../formats/icalendar.ts';
import { absoluteUrl, routes } from '../routes.ts';

type EventData = CollectionEntry<'events'>['data'];

const statusOf = {
  scheduled: 'CONFIRMED',
  'fully-booked': 'CONFIRMED',
  postponed: 'TENTATIVE',
  cancelled: 'CANCELLED',
} as const satisfies Record<EventData['status'], CalendarEvent['status']>;

/** The address on one line, as calendars and map searches want it. */
export function venueAddress(venue: NonNullable<EventData['venue']>): string {
  return [venue.name, venue.street, [venue.postalCode, venue.town].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
}

/** The calendar entry of an event with a known date; undefined while the date is not yet known. */
export function toCalendarEvent(
  slug: string,
  data: EventData,
  lang: LocaleCode,
  site: URL | string,
): CalendarEvent | undefined {
  if (!data.start) return undefined;
  const url = absoluteUrl(routes.entry(lang, 'events', slug), site);
  return {
    uid: `${slug}@${new URL(site).hostname}`,
    summary: data.title,
    description: `${data.description}\n\n${url}`,
    location: data.venue ? venueAddress(data.venue) : 'Online',
    url,
    start: toMoment(data.start),
    end: data.end ? toMoment(data.end) : undefined,
    weekly: data.recurrence
      ? {
          interval: data.recurrence.interval,
          until: data.recurrence.until,
          count: data.recurrence.count,
          exceptions: data.recurrence.exceptions,
        }
      : undefined,
    status: statusOf[data.status],
    language: lang,
  };
}
