import { describe, expect, it } from 'vitest';
import { berlinToUtc } from '../../src/core/berlinTime.ts';
import { occurrences, sortKey, upcomingOccurrences } from '../../src/lib/events/eventSchedule.ts';

const weekly = { frequency: 'weekly' as const, interval: 1, exceptions: [] as string[] };

describe('event dates', () => {
  it('expands a weekly series at the same wall time across the March and October clock changes', () => {
    const dates = occurrences({
      start: '2026-03-18T16:00',
      end: '2026-03-18T17:30',
      recurrence: { ...weekly, until: '2026-11-04' },
    });
    expect(dates[0]).toEqual({ date: '2026-03-18', time: '16:00' });
    expect(dates.map((d) => d.date)).toContain('2026-04-01');
    expect(dates.at(-1)).toEqual({ date: '2026-11-04', time: '16:00' });
    // The instants move by an hour against UTC; the wall time does not.
    expect(berlinToUtc(`${dates[0]!.date}T16:00`).getUTCHours()).toBe(15);
    expect(berlinToUtc('2026-04-01T16:00').getUTCHours()).toBe(14);
    expect(berlinToUtc('2026-11-04T16:00').getUTCHours()).toBe(15);
  });

  it('skips exceptions and stops after count dates', () => {
    const dates = occurrences({
      start: '2026-12-16T16:00',
      recurrence: { ...weekly, count: 3, exceptions: ['2026-12-23'] },
    });
    expect(dates.map((d) => d.date)).toEqual(['2026-12-16', '2026-12-30']);
  });

  it('honours an interval of two weeks', () => {
    const dates = occurrences({ start: '2026-01-07T10:00', recurrence: { ...weekly, interval: 2, count: 3 } });
    expect(dates.map((d) => d.date)).toEqual(['2026-01-07', '2026-01-21', '2026-02-04']);
  });

  it('has no dates while the date is not yet known', () => {
    expect(occurrences({})).toEqual([]);
  });

  it('keeps a date upcoming until it has ended', () => {
    const timing = { start: '2026-05-20T16:00', end: '2026-05-20T18:00' };
    expect(upcomingOccurrences(timing, new Date('2026-05-20T15:59:00Z'))).toHaveLength(1); // 17:59 in Berlin
    expect(upcomingOccurrences(timing, new Date('2026-05-20T16:00:00Z'))).toHaveLength(0); // 18:00 in Berlin
    // Without an end time, a date lasts until midnight Berlin time.
    expect(upcomingOccurrences({ start: '2026-05-20' }, new Date('2026-05-20T21:59:00Z'))).toHaveLength(1);
    expect(upcomingOccurrences({ start: '2026-05-20' }, new Date('2026-05-20T22:00:00Z'))).toHaveLength(0);
  });

  it('orders by the next date that is not over, undated events last', () => {
    const now = new Date('2026-05-01T10:00:00Z');
    const keys = [
      sortKey({ start: '2026-06-01T10:00' }, now),
      sortKey({}, now),
      sortKey({ start: '2026-04-01T16:00', recurrence: { ...weekly, count: 10 } }, now),
    ];
    expect([...keys].sort()).toEqual([keys[2], keys[0], keys[1]]);
  });
});
