/**
 * Dates as editors type them – German style, „14.03.2027 16:00“ or just
 * „14.03.2027“ – turned into what the content files store („2027-03-14T16:00“,
 * „2027-03-14“), and back. Decap's own date widget uses the browser's date
 * inputs, which hand over an empty value for a day that does not exist
 * (30.02.) and cannot hold a date without a time: the event then went live as
 * "date to be announced" while the field still showed the typed date. Here
 * every input either becomes a stored value or a German message at the field.
 */
import { berlinToUtc } from '../src/core/berlinTime.ts';
import { calendarDateExists } from '../src/core/calendarDate.ts';

export type DateInputResult = { value: string } | { problem: string };

const germanDate = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const time = /^(\d{1,2})[:.](\d{2})(?:\s*Uhr)?$/i;

const two = (n: number) => String(n).padStart(2, '0');

/**
 * What an editor typed, as the stored value – or what is wrong with it.
 * `withTime`: the field takes a time of day after the date (events); without
 * it only a date.
 *
 * @example parseDateInput('2.4.2030 15:00', true) // { value: '2030-04-02T15:00' }
 * @example parseDateInput('30.02.2027 10:00', true) // { problem: 'Den 30.02.2027 gibt es nicht.' }
 */
export function parseDateInput(typed: string, withTime: boolean): DateInputResult {
  const text = typed.trim().replace(/\s+/g, ' ');
  if (text === '') return { value: '' };
  // Stored values (and ISO typed by hand) are accepted as they are, after the same checks.
  const iso = text.match(/^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?$/);
  const [datePart, timePart] = iso ? [iso[1]!, iso[2]] : text.split(/,?\s+(?=\d{1,2}[:.]\d{2})/, 2);
  const d = datePart!.match(germanDate) ?? datePart!.match(isoDate);
  if (!d) return { problem: withTime ? formatHint.withTime : formatHint.date };
  const [year, month, day] = datePart!.includes('-')
    ? [Number(d[1]), Number(d[2]), Number(d[3])]
    : [Number(d[3]), Number(d[2]), Number(d[1])];
  if (!calendarDateExists(year, month, day)) return { problem: `Den ${two(day)}.${two(month)}.${year} gibt es nicht.` };
  const date = `${year}-${two(month)}-${two(day)}`;
  if (timePart === undefined) return { value: date };
  if (!withTime) return { problem: 'Hier nur das Datum angeben, ohne Uhrzeit.' };
  const t = timePart.match(time);
  if (!t || Number(t[1]) > 23 || Number(t[2]) > 59) return { problem: `Die Uhrzeit „${timePart}“ gibt es nicht.` };
  const value = `${date}T${two(Number(t[1]))}:${t[2]}`;
  try {
    berlinToUtc(value);
  } catch {
    return { problem: 'Diese Uhrzeit gibt es an diesem Tag wegen der Zeitumstellung nicht oder zweimal.' };
  }
  return { value };
}

/** The format editors are asked to type, with an example. */
export const formatHint = {
  withTime: 'Bitte so schreiben: 14.03.2027 16:00 – oder nur 14.03.2027, solange die Uhrzeit fehlt.',
  date: 'Bitte so schreiben: 14.03.2027.',
} as const;

/**
 * A stored value as editors type it; anything else (an old typo kept in the
 * file) is shown as it is, so nothing is hidden.
 *
 * @example displayDateInput('2030-04-02T15:00') // '02.04.2030 15:00'
 */
export function displayDateInput(stored: unknown): string {
  if (stored instanceof Date && !Number.isNaN(stored.getTime()))
    return displayDateInput(stored.toISOString().slice(0, 10));
  if (typeof stored !== 'string') return '';
  const m = stored.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/);
  return m ? `${m[3]}.${m[2]}.${m[1]}${m[4] ? ` ${m[4]}` : ''}` : stored;
}

const weekdayDate = new Intl.DateTimeFormat('de-DE', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * How the site will read a stored value, for the line under the field – the
 * weekday catches a wrong day before readers do.
 *
 * @example readBack('2030-04-02T15:00') // 'Dienstag, 2. April 2030, 15:00 Uhr'
 */
export function readBack(stored: string): string {
  const m = stored.match(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/);
  if (!m) return '';
  const day = weekdayDate.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
  return m[4] ? `${day}, ${m[4]} Uhr` : day;
}
