import { describe, expect, it } from 'vitest';
import {
  activeDistricts,
  allFilters,
  canonicalFilter,
  districtOptions,
  districtSlug,
  languageOptions,
  matchesFilter,
  noFilter,
} from '../../src/lib/events/eventFilters.ts';
import { routes } from '../../src/lib/routes.ts';

const halleArabic = { format: 'in-person' as const, venue: { district: 'Halle (Saale)' }, languages: ['de', 'ar'] };
const stendalRussian = { format: 'in-person' as const, venue: { district: 'Stendal' }, languages: ['ru'] };
const onlineAll = { format: 'online' as const, languages: ['de', 'en', 'ar', 'ru', 'uk'] };

describe('event filters', () => {
  it('slugs all 14 districts to distinct ASCII URL segments', () => {
    expect(districtOptions).toHaveLength(14);
    expect(new Set(districtOptions.map((d) => d.slug)).size).toBe(14);
    expect(districtSlug('Dessau-Roßlau')).toBe('dessau-rosslau');
    expect(districtSlug('Börde')).toBe('boerde');
    for (const d of districtOptions) expect(d.slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('filter by district, language and format together', () => {
    const filter = { ...noFilter, district: 'halle-saale', language: 'ar' };
    expect(matchesFilter(halleArabic, filter)).toBe(true);
    expect(matchesFilter(stendalRussian, filter)).toBe(false);
    expect(matchesFilter(halleArabic, { ...filter, format: 'online' })).toBe(false);
  });

  it('keep online events under any district: they can be joined from anywhere', () => {
    expect(matchesFilter(onlineAll, { ...noFilter, district: 'stendal', language: 'uk' })).toBe(true);
    expect(matchesFilter(onlineAll, { ...noFilter, format: 'praesenz' })).toBe(false);
  });

  it('offer the languages events actually have, and every combination', () => {
    const langs = languageOptions([halleArabic, stendalRussian]);
    expect(langs).toEqual(['ar', 'de', 'ru']);
    const active = activeDistricts([halleArabic, stendalRussian, onlineAll]);
    expect([...active].sort()).toEqual(['halle-saale', 'stendal']);
    // "all" and the two active districts: every combination; the 12 others: one view each.
    expect(allFilters(langs, active)).toHaveLength(3 * 3 * 4 + 12);
  });

  it('lead choices inside a district without events to that district’s single view', () => {
    const active = new Set(['halle-saale']);
    expect(canonicalFilter({ district: 'harz', format: 'online', language: 'ar' }, active)).toEqual({
      district: 'harz',
      format: 'alle',
      language: 'alle',
    });
    const kept = { district: 'halle-saale', format: 'online', language: 'ar' };
    expect(canonicalFilter(kept, active)).toBe(kept);
  });

  it('give each combination a URL; no filter is the plain list', () => {
    expect(routes.eventFilter('de', noFilter)).toBe('/de/veranstaltungen/');
    expect(routes.eventFilter('ar', { district: 'halle-saale', format: 'alle', language: 'ar' })).toBe(
      '/ar/veranstaltungen/auswahl/halle-saale/alle/ar/',
    );
  });
});
