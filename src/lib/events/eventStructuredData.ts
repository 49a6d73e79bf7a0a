/**
 * An event page's schema.org `Event` (JSON-LD) for search engines, with the
 * properties Google recommends where the entry states them: dates, status,
 * place with its full known address, image, organiser. Only facts from the
 * entry and the campaign description: an unknown street or end time is left
 * out, and there is no `offers` because no source states a price (the
 * campaign description says nothing about fees).
 */
import type { CollectionEntry } from 'astro:content';
import { berlinToUtc } from '../../core/berlinTime.ts';
import type { LocalMoment } from '../formats/icalendar.ts';

type EventData = CollectionEntry<'events'>['data'];

const eventStatus = {
  scheduled: 'EventScheduled',
  'fully-booked': 'EventScheduled',
  postponed: 'EventPostponed',
  cancelled: 'EventCancelled',
} as const satisfies Record<EventData['status'], string>;

export interface EventStructuredDataInput {
  event: Pick<EventData, 'title' | 'description' | 'end' | 'status' | 'format' | 'venue' | 'languages'>;
  /** The date shown: the next one, else the last (a weekly series has many). */
  occurrence: LocalMoment;
  /** Absolute addresses of the page and of its preview image. */
  url: string;
  image: string;
  organiser: { name: string; url?: string } | undefined;
  /** BCP 47 language of the text, when no event languages are listed. */
  textLanguage: string;
}

/** A Berlin wall time as an instant; a date alone stays a date (the day is known, the time is not). */
const dateOrInstant = (date: string, time: string | undefined) =>
  time ? berlinToUtc(`${date}T${time}`).toISOString() : date;

export function eventStructuredData(input: EventStructuredDataInput): Record<string, unknown> {
  const { event, occurrence, url, image, organiser, textLanguage } = input;
  const endTime = event.end?.split('T')[1];
  // Without a time the event fills its day, so it ends that day; with a start time but no end, the end is unknown.
  const endDate = endTime ? dateOrInstant(occurrence.date, endTime) : !occurrence.time ? occurrence.date : undefined;
  const venue = event.venue;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.description,
    startDate: dateOrInstant(occurrence.date, occurrence.time),
    ...(endDate ? { endDate } : {}),
    eventStatus: `https://schema.org/${eventStatus[event.status]}`,
    eventAttendanceMode: `https://schema.org/${event.format === 'online' ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'}`,
    location: venue
      ? {
          '@type': 'Place',
          name: venue.name,
          address: {
            '@type': 'PostalAddress',
            ...(venue.street ? { streetAddress: venue.street } : {}),
            ...(venue.postalCode ? { postalCode: venue.postalCode } : {}),
            addressLocality: venue.town,
            addressRegion: 'Sachsen-Anhalt',
            addressCountry: 'DE',
          },
        }
      : { '@type': 'VirtualLocation', url },
    image: [image],
    ...(organiser
      ? {
          organizer: {
            '@type': 'Organization',
            name: organiser.name,
            ...(organiser.url ? { url: organiser.url } : {}),
          },
        }
      : {}),
    inLanguage: event.languages.length > 0 ? event.languages : textLanguage,
    url,
  };
}

/** The JSON-LD as a script body: `<` escaped so no text can close the script element. */
export const jsonLdScript = (data: Record<string, unknown>) => JSON.stringify(data).replace(/</g, '\\u003c');
