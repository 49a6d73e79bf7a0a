/**
 * Wall-clock time in Saxony-Anhalt (Europe/Berlin). Events are written as
 * local times ("2026-03-14T16:00"); this turns them into instants and back,
 * right across daylight-saving changes, and refuses local times that do not
 * exist (the spring gap) or exist twice (the autumn fold).
 */
import { calendarDateExists } from './calendarDate.ts';

export const campaignTimeZone = 'Europe/Berlin';

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: campaignTimeZone, timeZoneName: 'longOffset' });
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: campaignTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Minutes Europe/Berlin is ahead of UTC at an instant (60 in winter, 120 in summer). */
export function berlinOffsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = name.match(/GMT([+-])(\d{2}):(\d{2})/);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
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
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  if (!calendarDateExists(y, mo, d) || h > 23 || mi > 59) {
    throw new Error(`"${local}": dieses Datum oder diese Uhrzeit gibt es nicht.`);
  }
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  const candidates = [60, 120]
    .map((offset) => new Date(asUtc - offset * 60_000))
    .filter((instant) => berlinOffsetMinutes(instant) === (asUtc - instant.getTime()) / 60_000);
  if (candidates.length === 0) {
    throw new Error(`"${local}": diese Uhrzeit fällt in Deutschland wegen der Zeitumstellung aus.`);
  }
  if (candidates.length > 1) {
    throw new Error(`"${local}": diese Uhrzeit gibt es wegen der Zeitumstellung zweimal; bitte eine andere wählen.`);
  }
  return candidates[0]!;
}

/**
 * The Berlin calendar date and wall time of an instant.
 *
 * @example utcToBerlin(new Date('2026-12-01T15:00:00Z')) // { date: '2026-12-01', time: '16:00' }
 */
export function utcToBerlin(instant: Date): { date: string; time: string } {
  const p = Object.fromEntries(partsFormat.formatToParts(instant).map((part) => [part.type, part.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Today's date in Saxony-Anhalt as `YYYY-MM-DD`. */
export function todayInBerlin(now: Date = new Date()): string {
  return utcToBerlin(now).date;
}

/** A calendar date `days` later (pure date arithmetic, no time zone involved). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
