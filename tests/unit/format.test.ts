import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../src/i18n/format.ts';
import { readingMinutes } from '../../src/lib/content/readingTime.ts';

describe('dates, numbers and reading time', () => {
  it('writes dates in the reader language, on the Saxony-Anhalt calendar day', () => {
    expect(formatDate('2025-06-26', 'de')).toBe('26. Juni 2025');
    expect(formatDate('2025-06-26', 'en')).toBe('26 June 2025');
    expect(formatDate('2025-06-26', 'ar')).toBe('26 حزيران/يونيو 2025');
  });

  it('names Arabic months as Syrian and Iraqi readers write them, with the Egyptian name after a slash', async () => {
    const { formatLongDate, formatMonth } = await import('../../src/i18n/format.ts');
    expect(formatDate('2025-10-10', 'ar')).toBe('10 تشرين الأول/أكتوبر 2025');
    expect(formatDate('2026-01-01', 'ar')).toBe('1 كانون الثاني/يناير 2026');
    expect(formatLongDate('2026-03-18', 'ar')).toContain('18 آذار/مارس 2026');
    expect(formatMonth('2030-03-14', 'ar')).toBe('آذار/مارس 2030');
  });

  it('uses Latin digits in Arabic, as on German letters and posters', () => {
    expect(formatNumber(601, 'ar')).toBe('601');
  });

  it('estimates at least one minute of reading', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('Wort '.repeat(400))).toBe(3);
  });
});

describe('event dates and languages', () => {
  it('names the weekday in each language', async () => {
    const { formatLongDate, formatWeekday, languageName } = await import('../../src/i18n/format.ts');
    expect(formatLongDate('2026-03-18', 'de')).toBe('Mittwoch, 18. März 2026');
    expect(formatWeekday('2026-03-18', 'ru')).toBe('среда');
    expect(formatWeekday('2026-03-18', 'uk')).toBe('середа');
    expect(formatLongDate('2026-03-18', 'ar')).toMatch(/الأربعاء/);
    expect(formatLongDate('2026-03-18', 'ar')).toMatch(/18/);
    expect(languageName('prs', 'de')).toBe('Dari');
    expect(languageName('ar', 'uk')).toBe('арабська');
  });
});

describe('lists', () => {
  it('join with each language’s own words and commas', async () => {
    const { formatList } = await import('../../src/i18n/format.ts');
    expect(formatList(['Deutsch', 'Englisch', 'Arabisch'], 'de')).toBe('Deutsch, Englisch und Arabisch');
    expect(formatList(['أ', 'ب', 'ج'], 'ar')).toBe('أ وب وج');
  });
});
