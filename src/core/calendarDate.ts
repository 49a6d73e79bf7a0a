/**
 * The one rule for a calendar date: `YYYY-MM-DD` naming a day that exists. The schemas, the
 * content loader (YAML rolls `2026-02-30` over to 2 March without a word), Berlin wall time and
 * the CMS's date field all ask here, so none of them can accept a day another refuses.
 */

/** `YYYY-MM-DD`, nothing around it. */
export const calendarDatePattern = /^\d{4}-\d{2}-\d{2}$/;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Whether year, month (1–12) and day name a day of the Gregorian calendar.
 *
 * @example calendarDateExists(2028, 2, 29) // true
 * @example calendarDateExists(2026, 2, 30) // false
 */
export function calendarDateExists(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= daysInMonth;
}

/**
 * Whether a text is a calendar date that exists.
 *
 * @example isCalendarDate('2026-02-28') // true
 * @example isCalendarDate('2026-02-30') // false
 */
export function isCalendarDate(text: string): boolean {
  if (!calendarDatePattern.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return calendarDateExists(year, month, day);
}
