import { describe, expect, it } from 'vitest';
import { noFilter } from '../../src/lib/events/eventFilters.ts';
import {
  eventList,
  eventsPerPage,
  laterPages,
  listPageCounts,
  pageCount,
  pageOf,
  type ListableEvent,
} from '../../src/lib/events/eventListing.ts';
import { routes } from '../../src/lib/routes.ts';

const now = new Date('2026-06-01T10:00:00Z');
const inPerson = (start: string, district = 'Stendal'): ListableEvent => ({
  start,
  format: 'in-person',
  venue: { district },
  languages: ['de', 'ar'],
});
const weekly: ListableEvent = {
  start: '2026-01-07T16:00',
  format: 'online',
  languages: ['de'],
  recurrence: { frequency: 'weekly', interval: 1, until: '2026-12-16', exceptions: [] },
};
const day = (n: number) =>
  `2026-${String(6 + Math.floor(n / 28)).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}T10:00`;

describe('the event list, page by page', () => {
  const upcoming = Array.from({ length: 45 }, (_, i) => inPerson(day(i + 1), i % 3 ? 'Stendal' : 'Börde'));
  const past = Array.from({ length: 31 }, (_, i) => inPerson(`2025-0${1 + (i % 9)}-1${i % 10}T10:00`));
  const events = [...past, weekly, ...upcoming.slice().reverse()];
  const list = eventList(events, (e) => e, noFilter, now);

  it('puts upcoming dates soonest first, regular offers apart, and past events newest first', () => {
    expect(list.upcoming).toHaveLength(45);
    expect(list.upcoming[0]).toBe(upcoming[0]);
    expect(list.regular).toEqual([weekly]);
    expect(list.past).toHaveLength(31);
    const starts = list.past.map((e) => e.start!);
    expect(starts).toEqual(starts.slice().sort().reverse());
  });

  it('cuts upcoming dates into pages of eventsPerPage, every event on exactly one page', () => {
    const pages = pageCount(list.upcoming.length, eventsPerPage);
    expect(pages).toBe(3);
    const shown = Array.from({ length: pages }, (_, i) => pageOf(list.upcoming, i + 1, eventsPerPage));
    expect(shown.map((p) => p.length)).toEqual([20, 20, 5]);
    expect(shown.flat()).toEqual(list.upcoming);
    expect(laterPages(pages)).toEqual([2, 3]);
    expect(listPageCounts(list)).toEqual({ upcoming: 3, archive: 2 });
  });

  it('counts the pages of a filtered view from its own events', () => {
    const borde = { ...noFilter, district: 'boerde' };
    const counts = listPageCounts(eventList(events, (e) => e, borde, now));
    expect(counts.upcoming).toBe(1); // 15 events in Börde (+ the weekly online offer, which is not a dated event)
  });

  it('has a first page even when nothing is listed, and no later pages', () => {
    expect(pageCount(0, eventsPerPage)).toBe(1);
    expect(laterPages(1)).toEqual([]);
  });

  it('gives later pages their own address, the first page the list address', () => {
    expect(routes.eventFilter('de', noFilter, 1)).toBe('/de/veranstaltungen/');
    expect(routes.eventFilter('de', noFilter, 2)).toBe('/de/veranstaltungen/seite/2/');
    expect(routes.eventFilter('ar', { district: 'halle-saale', format: 'alle', language: 'ar' }, 3)).toBe(
      '/ar/veranstaltungen/auswahl/halle-saale/alle/ar/seite/3/',
    );
    expect(routes.eventArchive('uk')).toBe('/uk/veranstaltungen/archiv/');
    expect(routes.eventArchive('uk', 2)).toBe('/uk/veranstaltungen/archiv/seite/2/');
  });
});
