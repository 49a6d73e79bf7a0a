/**
 * iCalendar (RFC 5545) files for "add to calendar" and subscribable
 * calendars: CRLF line ends, lines folded at 75 octets, text escaped, times
 * in Europe/Berlin with its VTIMEZONE, weekly recurrence with exceptions.
 *
 * Written by hand because we emit a small fixed subset; the tests read every
 * generated file back with ical.js (the reference parser), so the writer is
 * checked against a library without shipping one in the build.
 */
import { berlinToUtc, campaignTimeZone } from '../../core/berlinTime.ts';

export interface LocalMoment {
  /** `YYYY-MM-DD`, Berlin calendar date. */
  date: string;
  /** `HH:MM`, Berlin wall time; absent for an all-day entry or an unknown time. */
  time?: string;
}

export interface CalendarEvent {
  /** Stable and globally unique, e.g. `<slug>@<host>`. */
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  start: LocalMoment;
  end?: LocalMoment;
  /** Weekly repetition on the start's weekday and time, ending after `count` dates or on `until` (a date). */
  weekly?: { interval?: number; until?: string; count?: number; exceptions?: readonly string[] };
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  language?: string;
}

// The rules Germany has used since 1996; calendar apps apply them to every year.
const berlinTimeZone = [
  'BEGIN:VTIMEZONE',
  `TZID:${campaignTimeZone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** @example escapeText('a, b; c\nd') // 'a\\, b\\; c\\nd' */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Splits a content line into lines of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = pieces.length === 0 ? 75 : 74; // continuation lines start with a space
    if (currentBytes + bytes > limit) {
      pieces.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

const compactDate = (date: string) => date.replace(/-/g, '');
const compactTime = (time: string) => `${time.replace(':', '')}00`;
const utcStamp = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function momentProperty(name: 'DTSTART' | 'DTEND', moment: LocalMoment): string {
  return moment.time
    ? `${name};TZID=${campaignTimeZone}:${compactDate(moment.date)}T${compactTime(moment.time)}`
    : `${name};VALUE=DATE:${compactDate(moment.date)}`;
}

function eventLines(event: CalendarEvent, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(stamp)}`,
    momentProperty('DTSTART', event.start),
  ];
  if (event.end) {
    lines.push(momentProperty('DTEND', event.end));
  } else if (!event.start.time) {
    // An all-day entry ends the next day (DTEND is exclusive).
    const next = new Date(`${event.start.date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    lines.push(`DTEND;VALUE=DATE:${compactDate(next.toISOString().slice(0, 10))}`);
  }
  if (event.weekly) {
    const { interval = 1, until, count, exceptions = [] } = event.weekly;
    if (!until && !count) throw new Error(`${event.uid}: a weekly event needs an end date or a number of dates.`);
    const end = until ? `;UNTIL=${utcStamp(berlinToUtc(`${until}T23:59`))}` : `;COUNT=${count}`;
    lines.push(`RRULE:FREQ=WEEKLY;INTERVAL=${interval}${end}`);
    for (const date of exceptions) {
      lines.push(
        event.start.time
          ? `EXDATE;TZID=${campaignTimeZone}:${compactDate(date)}T${compactTime(event.start.time)}`
          : `EXDATE;VALUE=DATE:${compactDate(date)}`,
      );
    }
  }
  lines.push(`SUMMARY${event.language ? `;LANGUAGE=${event.language}` : ''}:${escapeText(event.summary)}`);
  if (event.description)
    lines.push(`DESCRIPTION${event.language ? `;LANGUAGE=${event.language}` : ''}:${escapeText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push(`STATUS:${event.status}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/**
 * A whole calendar file.
 *
 * @param stamp when the file was made (DTSTAMP); pass the build time.
 */
export function toICalendar({
  name,
  events,
  stamp,
}: {
  name: string;
  events: readonly CalendarEvent[];
  stamp: Date;
}): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sachsen-Anhalt will dich//Veranstaltungen//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${campaignTimeZone}`,
    ...berlinTimeZone,
    ...events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
