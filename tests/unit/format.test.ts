import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../src/i18n/format';
import { readingMinutes } from '../../src/lib/readingTime';

describe('dates, numbers and reading time', () => {
  it('writes dates in the reader language, on the Saxony-Anhalt calendar day', () => {
    expect(formatDate('2025-06-26', 'de')).toBe('26. Juni 2025');
    expect(formatDate('2025-06-26', 'en')).toBe('26 June 2025');
    expect(formatDate('2025-06-26', 'ar')).toContain('2025');
    expect(formatDate('2025-06-26', 'ar')).toMatch(/26/);
  });

  it('uses Latin digits in Arabic, as on German letters and posters', () => {
    expect(formatNumber(601, 'ar')).toBe('601');
  });

  it('estimates at least one minute of reading', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('Wort '.repeat(400))).toBe(3);
  });
});
