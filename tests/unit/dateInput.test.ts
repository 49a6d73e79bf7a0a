import { describe, expect, it } from 'vitest';
import { displayDateInput, parseDateInput, readBack } from '../../admin/dateInput.ts';

describe('dates as editors type them in the CMS', () => {
  it('stores German dates with and without a time as the content files need them', () => {
    expect(parseDateInput('2.4.2030 15:00', true)).toEqual({ value: '2030-04-02T15:00' });
    expect(parseDateInput(' 02.04.2030, 15.00 Uhr ', true)).toEqual({ value: '2030-04-02T15:00' });
    // A date without a time works, as the hint promises (the time is still unknown).
    expect(parseDateInput('14.03.2027', true)).toEqual({ value: '2027-03-14' });
    expect(parseDateInput('2027-03-14T16:00', true)).toEqual({ value: '2027-03-14T16:00' });
    expect(parseDateInput('', true)).toEqual({ value: '' });
  });

  it('refuses, in German, a day or time that does not exist instead of dropping it', () => {
    expect(parseDateInput('30.02.2027 10:00', true)).toEqual({ problem: 'Den 30.02.2027 gibt es nicht.' });
    expect(parseDateInput('14.03.2027 25:00', true)).toEqual({ problem: 'Die Uhrzeit „25:00“ gibt es nicht.' });
    expect(parseDateInput('28.03.2027 02:30', true)).toMatchObject({
      problem: expect.stringMatching(/Zeitumstellung/),
    });
    expect(parseDateInput('nächsten Dienstag', true)).toMatchObject({ problem: expect.stringMatching(/14\.03\.2027/) });
    expect(parseDateInput('14.03.2027 16:00', false)).toEqual({ problem: 'Hier nur das Datum angeben, ohne Uhrzeit.' });
  });

  it('shows stored values as typed and reads them back with the weekday', () => {
    expect(displayDateInput('2030-04-02T15:00')).toBe('02.04.2030 15:00');
    expect(displayDateInput('2027-03-14')).toBe('14.03.2027');
    expect(displayDateInput('kein Datum')).toBe('kein Datum');
    expect(readBack('2030-04-02T15:00')).toBe('Dienstag, 2. April 2030, 15:00 Uhr');
    expect(readBack('2027-03-14')).toBe('Sonntag, 14. März 2027');
  });
});
