import { describe, expect, it } from 'vitest';
import { addDays, berlinOffsetMinutes, berlinToUtc, todayInBerlin, utcToBerlin } from '../../src/core/berlinTime.ts';

describe('Berlin wall-clock time', () => {
  it('knows winter and summer time', () => {
    expect(berlinOffsetMinutes(new Date('2026-01-15T12:00:00Z'))).toBe(60);
    expect(berlinOffsetMinutes(new Date('2026-07-15T12:00:00Z'))).toBe(120);
  });

  it('turns local times into instants on both sides of the March and October changes', () => {
    expect(berlinToUtc('2026-03-28T16:00').toISOString()).toBe('2026-03-28T15:00:00.000Z');
    expect(berlinToUtc('2026-03-29T16:00').toISOString()).toBe('2026-03-29T14:00:00.000Z');
    expect(berlinToUtc('2026-10-24T16:00').toISOString()).toBe('2026-10-24T14:00:00.000Z');
    expect(berlinToUtc('2026-10-25T16:00').toISOString()).toBe('2026-10-25T15:00:00.000Z');
  });

  it('refuses a time in the spring gap and one in the autumn fold', () => {
    expect(() => berlinToUtc('2026-03-29T02:30')).toThrow(/fällt .* aus/);
    expect(() => berlinToUtc('2026-10-25T02:30')).toThrow(/zweimal/);
    expect(() => berlinToUtc('2026-02-30T10:00')).toThrow(/gibt es nicht/);
  });

  it('refuses every minute of the spring gap with a message for editors, and places the minutes around it', () => {
    for (const local of ['2026-03-29T02:00', '2026-03-29T02:30', '2026-03-29T02:59']) {
      expect(() => berlinToUtc(local)).toThrow(
        `"${local}": diese Uhrzeit fällt in Deutschland wegen der Zeitumstellung aus.`,
      );
    }
    expect(berlinToUtc('2026-03-29T01:59').toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(berlinToUtc('2026-03-29T03:00').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('refuses a time of the autumn fold, which Berlin clocks show twice, and places the hours around it', () => {
    expect(() => berlinToUtc('2026-10-25T02:30')).toThrow(
      '"2026-10-25T02:30": diese Uhrzeit gibt es wegen der Zeitumstellung zweimal; bitte eine andere wählen.',
    );
    // 02:30 summer time and 02:30 winter time, an hour apart: no one local time names both.
    expect(utcToBerlin(new Date('2026-10-25T00:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(utcToBerlin(new Date('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(berlinToUtc('2026-10-25T01:59').toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(berlinToUtc('2026-10-25T03:00').toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('turns instants back into Berlin dates and times', () => {
    expect(utcToBerlin(new Date('2026-12-31T23:30:00Z'))).toEqual({ date: '2027-01-01', time: '00:30' });
    expect(todayInBerlin(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05');
    expect(addDays('2028-02-26', 7)).toBe('2028-03-04');
  });
});
