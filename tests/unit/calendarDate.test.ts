/**
 * One rule decides whether a calendar date exists (`src/core/calendarDate.ts`); every place that
 * takes a date asks it, so none accepts a day another refuses.
 */
import { describe, expect, it } from 'vitest';
import { parseDateInput } from '../../admin/dateInput.ts';
import { berlinToUtc } from '../../src/core/berlinTime.ts';
import { calendarDateExists, isCalendarDate } from '../../src/core/calendarDate.ts';
import { findImpossibleDates } from '../../src/lib/content/contentLoader.ts';
import { guideSchema } from '../../src/schemas/guides.ts';
import { calendarDate, dayDone, localDateOrDateTime } from '../../src/schemas/fields.ts';

describe('the one rule for calendar dates', () => {
  it('knows the length of every month and the leap years', () => {
    expect(calendarDateExists(2026, 2, 28)).toBe(true);
    expect(calendarDateExists(2026, 2, 29)).toBe(false);
    expect(calendarDateExists(2028, 2, 29)).toBe(true);
    expect(calendarDateExists(2100, 2, 29)).toBe(false);
    expect(calendarDateExists(2000, 2, 29)).toBe(true);
    expect(calendarDateExists(2026, 4, 31)).toBe(false);
    expect(calendarDateExists(2026, 12, 31)).toBe(true);
    expect(calendarDateExists(2026, 13, 1)).toBe(false);
    expect(calendarDateExists(2026, 1, 0)).toBe(false);
    expect(isCalendarDate('2026-2-28')).toBe(false);
  });

  it.each([
    ['the rule itself', (date: string) => isCalendarDate(date)],
    ['a date field of the schemas', (date: string) => calendarDate.safeParse(date).success],
    ['a day something was done', (date: string) => dayDone.safeParse(date).success],
    ['a guide page’s last check', (date: string) => guideSchema.shape.lastChecked.safeParse(date).success],
    ['an event’s start without a time', (date: string) => localDateOrDateTime.safeParse(date).success],
    ['an event’s start with a time', (date: string) => localDateOrDateTime.safeParse(`${date}T10:00`).success],
    ['Berlin wall time', (date: string) => !throws(() => berlinToUtc(`${date}T10:00`))],
    [
      'the content loader (YAML would roll it over)',
      (date: string) => findImpossibleDates(`---\nd: ${date}\n---\n`).length === 0,
    ],
    ['the CMS’s date field, ISO', (date: string) => 'value' in parseDateInput(date, false)],
    [
      'the CMS’s date field, as typed in German',
      (date: string) => 'value' in parseDateInput(date.split('-').reverse().join('.'), false),
    ],
  ])('%s accepts 2026-02-28 and refuses 2026-02-30', (_where, accepts) => {
    expect(accepts('2026-02-28')).toBe(true);
    expect(accepts('2026-02-30')).toBe(false);
  });
});

function throws(run: () => unknown): boolean {
  try {
    run();
    return false;
  } catch {
    return true;
  }
}
