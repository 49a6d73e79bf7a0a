/**
 * When events take place: single dates, weekly series with exceptions, and
 * events whose date is not yet known. Pure (no Astro), so it is unit-tested.
 */
import { addDays, berlinToUtc } from '../../core/berlinTime.ts';
import type { LocalMoment } from '../formats/icalendar.ts';

export interface EventTiming {
  start?: string;
  end?: string;
  recurrence?: { frequency: 'weekly'; interval: number; until?: string; count?: number; exceptions: readonly string[] };
}

/** `2026-03-14T16:00` → `{ date: '2026-03-14', time: '16:00' }`; a date alone has no time. */
export function toMoment(value: string): LocalMoment {
  const [date, time] = value.split('T') as [string, string | undefined];
  return time ? { date, time } : { date };
}

/** Upper bound on expanded dates, so a mistaken rule cannot produce thousands. */
const maxOccurrences = 104;

/**
 * Every date an event takes place on (Berlin calendar dates with their
 * times), in order. A series repeats the first date's weekday and wall time,
 * so 16:00 stays 16:00 through the clock changes.
 *
 * @example occurrences({ start: '2026-03-04T16:00', recurrence: { frequency: 'weekly', interval: 1, count: 2, exceptions: [] } })
 * // [{ date: '2026-03-04', time: '16:00' }, { date: '2026-03-11', time: '16:00' }]
 */
export function occurrences(timing: EventTiming): LocalMoment[] {
  if (!timing.start) return [];
  const first = toMoment(timing.start);
  if (!timing.recurrence) return [first];
  const { interval, until, count, exceptions } = timing.recurrence;
  const skipped = new Set(exceptions);
  const dates: LocalMoment[] = [];
  for (let i = 0, date = first.date; dates.length < maxOccurrences; i++, date = addDays(first.date, 7 * interval * i)) {
    if (until && date > until) break;
    if (count !== undefined && i >= count) break;
    if (!skipped.has(date)) dates.push({ ...first, date });
  }
  return dates;
}

/** When a date is over: its end, or the end of its day when no end time is known. */
export function endInstant(moment: LocalMoment, endTime?: string): Date {
  if (endTime) return berlinToUtc(`${moment.date}T${endTime}`);
  return berlinToUtc(`${addDays(moment.date, 1)}T00:00`);
}

/** The dates of an event that have not ended at `now`. */
export function upcomingOccurrences(timing: EventTiming, now: Date): LocalMoment[] {
  const endTime = timing.end?.split('T')[1];
  return occurrences(timing).filter((moment) => endInstant(moment, endTime).getTime() > now.getTime());
}

/** A stable sort key: the next date not yet over, else the last one; events without a date sort last. */
export function sortKey(timing: EventTiming, now: Date): string {
  const next = upcomingOccurrences(timing, now)[0] ?? occurrences(timing).at(-1);
  return next ? `${next.date}T${next.time ?? '00:00'}` : '9999';
}
