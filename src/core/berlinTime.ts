/**
 * Wall-clock time in Saxony-Anhalt (Europe/Berlin). Events are written as
 * local times ("2026-03-14T16:00"); this turns them into instants and back,
 * right across daylight-saving changes.
 *
 * Why Temporal: it knows the time-zone rules itself and says what a local time
 * means around a change (`disambiguation`), where `Date` only knows UTC and the
 * machine's zone and the old code guessed offsets and read them back from
 * `Intl`. `temporal-polyfill` hands over the engine's own Temporal when there
 * is one. Only build code and the CMS load this; the public pages' scripts do
 * not (their sizes stay as they are).
 *
 * Local times that cannot be placed are refused with a message for editors:
 * - the spring gap (last Sunday in March, 02:00–02:59 does not exist): refused
 *   with `disambiguation: 'reject'`;
 * - the autumn fold (last Sunday in October, 02:00–02:59 happens twice, first
 *   in summer time, then in winter time): refused too. An event in the small
 *   hours of that night is almost surely a typo, and any guess would be
 *   invisible to the editor. Were it ever accepted, it would have to mean the
 *   first occurrence ('earlier'), what RFC 5545 tells calendar apps to read
 *   from our `.ics` `TZID` times, so page and calendar would agree.
 */
import { Temporal } from 'temporal-polyfill';
import { calendarDateExists } from './calendarDate.ts';

export const campaignTimeZone = 'Europe/Berlin';

const minuteNanoseconds = 60_000_000_000;

/** Minutes Europe/Berlin is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(instant: Date): number {
  return zoned(instant).offsetNanoseconds / minuteNanoseconds;
}

export const localDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant of a local Berlin time.
 *
 * @example berlinToUtc('2026-07-01T16:00').toISOString() // '2026-07-01T14:00:00.000Z'
 * @throws on a time that does not exist or is ambiguous in Berlin, with a message for editors.
 */
export function berlinToUtc(local: string): Date {
  const m = local.match(localDateTimePattern);
  if (!m) throw new Error(`"${local}" ist keine Ortszeit im Format JJJJ-MM-TTTHH:MM.`);
  const [, year, month, day, hour, minute] = m.map(Number) as [number, number, number, number, number, number];
  // Whether the day exists is the calendar's one rule, the same the schemas and the CMS apply.
  if (!calendarDateExists(year, month, day) || hour > 23 || minute > 59) {
    throw new Error(`"${local}": dieses Datum oder diese Uhrzeit gibt es nicht.`);
  }
  const wallClock = Temporal.PlainDateTime.from({ year, month, day, hour, minute }, { overflow: 'reject' });
  try {
    return new Date(wallClock.toZonedDateTime(campaignTimeZone, { disambiguation: 'reject' }).epochMilliseconds);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // Temporal refuses gap and fold alike; in the fold the earlier reading keeps the wall clock, in the gap it moves it.
    const earlier = wallClock.toZonedDateTime(campaignTimeZone, { disambiguation: 'earlier' });
    if (earlier.toPlainDateTime().equals(wallClock)) {
      throw new Error(`"${local}": diese Uhrzeit gibt es wegen der Zeitumstellung zweimal; bitte eine andere wählen.`);
    }
    throw new Error(`"${local}": diese Uhrzeit fällt in Deutschland wegen der Zeitumstellung aus.`);
  }
}

/**
 * The Berlin calendar date and wall time of an instant.
 *
 * @example utcToBerlin(new Date('2026-12-01T15:00:00Z')) // { date: '2026-12-01', time: '16:00' }
 */
export function utcToBerlin(instant: Date): { date: string; time: string } {
  const berlin = zoned(instant);
  return { date: berlin.toPlainDate().toString(), time: berlin.toPlainTime().toString({ smallestUnit: 'minute' }) };
}

/** Today's date in Saxony-Anhalt as `YYYY-MM-DD`. */
export function todayInBerlin(now: Date = new Date()): string {
  return utcToBerlin(now).date;
}

/** A calendar date `days` later (pure date arithmetic, no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  return Temporal.PlainDate.from(isoDate).add({ days }).toString();
}

function zoned(instant: Date): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(campaignTimeZone);
}
