/**
 * A language's events as the lists show them (eventCatalog), over a few entries with a fixed clock and
 * without a build: `astro:content` is replaced by plain entries (astroContentMock.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collections, entry, now } from './astroContentMock.ts';

vi.mock('astro:content', () => import('./astroContentMock.ts'));

beforeEach(() => {
  vi.useFakeTimers({ now, toFake: ['Date'] });
  collections.clear();
});
afterEach(() => vi.useRealTimers());

/** An event as the schema leaves it: the fields the catalogue reads, the rest left out. */
const event = (id: string, data: Record<string, unknown>) =>
  entry('events', id, { title: id, format: 'in-person', languages: [], status: 'scheduled', ...data });

describe("the event catalogue: a language's events in date order, upcoming and past", () => {
  beforeEach(() => {
    collections.set('events', [
      event('de/sommerfest', {
        start: '2026-06-20T14:00',
        venue: { town: 'Halle (Saale)', district: 'Halle (Saale)' },
      }),
      event('de/infotag', {
        start: '2026-03-10T10:00',
        languages: ['ar', 'de'],
        venue: { town: 'Magdeburg', district: 'Magdeburg' },
      }),
      event('ar/infotag', {
        title: 'يوم المعلومات',
        start: '2026-03-10T10:00',
        languages: ['ar', 'de'],
        venue: { town: 'Magdeburg', district: 'Magdeburg' },
      }),
      event('de/abgesagt', { start: '2026-03-05T10:00', status: 'cancelled', format: 'online' }),
      // Ended yesterday at 18:00: past.
      event('de/rueckblick', { start: '2026-02-28T16:00', end: '2026-02-28T18:00' }),
      // Today, until 14:00 Berlin time: still upcoming at 12:00.
      event('de/heute', { start: '2026-03-01T10:00', end: '2026-03-01T14:00', format: 'online' }),
      event('de/sprechstunde', {
        start: '2026-01-07T16:00',
        format: 'online',
        recurrence: { frequency: 'weekly', interval: 1, exceptions: [] },
      }),
      event('de/termin-folgt', {}),
    ]);
  });

  it('lists every event in the order of its next date, undated ones last', async () => {
    const { eventCatalog } = await import('../../src/lib/events/eventCatalog.ts');
    const catalog = await eventCatalog('de');
    expect(catalog.now).toEqual(now);
    expect(catalog.events.map((e) => e.slug)).toEqual([
      'rueckblick',
      'heute',
      'sprechstunde',
      'abgesagt',
      'infotag',
      'sommerfest',
      'termin-folgt',
    ]);
  });

  it('separates upcoming dates, regular offers and past events', async () => {
    const { eventCatalog } = await import('../../src/lib/events/eventCatalog.ts');
    const { noFilter } = await import('../../src/lib/events/eventFilters.ts');
    const list = (await eventCatalog('de')).list(noFilter);
    expect(list.upcoming.map((e) => e.slug)).toEqual(['heute', 'abgesagt', 'infotag', 'sommerfest']);
    expect(list.regular.map((e) => e.slug)).toEqual(['sprechstunde', 'termin-folgt']);
    expect(list.past.map((e) => e.slug)).toEqual(['rueckblick']);
  });

  it('offers upcoming events without the cancelled one, and the next single in-person event', async () => {
    const { eventCatalog } = await import('../../src/lib/events/eventCatalog.ts');
    const catalog = await eventCatalog('de');
    expect(catalog.upcoming.map((e) => e.slug)).toEqual(['heute', 'sprechstunde', 'infotag', 'sommerfest']);
    expect(catalog.nextInPerson?.slug).toBe('infotag');
  });

  it('moves an event from upcoming to past when the clock passes its end', async () => {
    vi.setSystemTime(new Date('2026-03-01T13:30:00Z')); // 14:30 in Berlin
    const { eventCatalog } = await import('../../src/lib/events/eventCatalog.ts');
    const { noFilter } = await import('../../src/lib/events/eventFilters.ts');
    const list = (await eventCatalog('de')).list(noFilter);
    expect(list.upcoming.map((e) => e.slug)).not.toContain('heute');
    expect(list.past.map((e) => e.slug)).toEqual(['heute', 'rueckblick']);
  });

  it('gives another language its translations and German for the rest, with filters from the events', async () => {
    const { eventCatalog } = await import('../../src/lib/events/eventCatalog.ts');
    const catalog = await eventCatalog('ar');
    const infotag = catalog.events.find((e) => e.slug === 'infotag')!;
    expect([infotag.contentLang, infotag.entry.data.title]).toEqual(['ar', 'يوم المعلومات']);
    expect(catalog.events.filter((e) => e.isFallback)).toHaveLength(6);
    expect(catalog.languages).toEqual(['ar', 'de']);
    expect(catalog.activeDistricts).toEqual(new Set(['magdeburg', 'halle-saale']));
  });
});
