/**
 * Filtering the event list by district, format and language. Every
 * combination is a pre-built page with its own URL, so filters work without
 * JavaScript, can be shared and survive Back.
 */
import { districts } from '../../core/districts.ts';

export const allValue = 'alle';
export const formatSlugs = { 'in-person': 'praesenz', online: 'online' } as const;

export interface EventFilter {
  /** A district slug (`halle-saale`) or `alle`. */
  district: string;
  /** `praesenz`, `online` or `alle`. */
  format: string;
  /** A language code (`ar`) or `alle`. */
  language: string;
}

export const noFilter: EventFilter = { district: allValue, format: allValue, language: allValue };

/**
 * ASCII slug of a German name, for URLs typed from a poster.
 *
 * @example districtSlug('Halle (Saale)') // 'halle-saale'
 * @example districtSlug('Mansfeld-Südharz') // 'mansfeld-suedharz'
 */
export function districtSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export const districtOptions = districts.map((d) => ({ slug: districtSlug(d.name), name: d.name }));
/** The slugs of the known districts, worked out once: every filtered view asks for every event. */
const slugOfDistrict = new Map<string, string>(districtOptions.map((d) => [d.name, d.slug]));

export interface FilterableEvent {
  format: 'in-person' | 'online';
  venue?: { district: string };
  languages: readonly string[];
}

/**
 * Whether an event belongs in a filtered view. Online events can be joined
 * from anywhere, so a district filter keeps them.
 */
export function matchesFilter(event: FilterableEvent, filter: EventFilter): boolean {
  if (filter.format !== allValue && formatSlugs[event.format] !== filter.format) return false;
  if (filter.language !== allValue && !event.languages.includes(filter.language)) return false;
  if (filter.district === allValue || event.format !== 'in-person') return true;
  const district = event.venue?.district ?? '';
  return (slugOfDistrict.get(district) ?? districtSlug(district)) === filter.district;
}

/** Languages to offer as filters: those some event offers, in a stable order. */
export function languageOptions(events: readonly FilterableEvent[]): string[] {
  return [...new Set(events.flatMap((e) => e.languages))].sort();
}

/** Districts some in-person event takes place in: only these get a view per format and language. */
export function activeDistricts(events: readonly FilterableEvent[]): Set<string> {
  return new Set(events.flatMap((e) => (e.format === 'in-person' && e.venue ? [districtSlug(e.venue.district)] : [])));
}

/**
 * The view a filter is shown on. A district without any in-person event has
 * one view ("nothing here yet – join online"); narrowing it further would
 * show the same, so those choices lead to it instead of hundreds of copies.
 */
export function canonicalFilter(filter: EventFilter, active: ReadonlySet<string>): EventFilter {
  return filter.district === allValue || active.has(filter.district)
    ? filter
    : { district: filter.district, format: allValue, language: allValue };
}

/** Every view to pre-build: all combinations for active districts and "all", one view for each other district. */
export function allFilters(languages: readonly string[], active: ReadonlySet<string>): EventFilter[] {
  const filters: EventFilter[] = [];
  for (const district of [allValue, ...districtOptions.map((d) => d.slug)]) {
    for (const format of [allValue, ...Object.values(formatSlugs)]) {
      for (const language of [allValue, ...languages]) {
        const filter = { district, format, language };
        const canonical = canonicalFilter(filter, active);
        if (canonical.format === format && canonical.language === language) filters.push(filter);
      }
    }
  }
  return filters;
}

export const isUnfiltered = (filter: EventFilter) =>
  filter.district === allValue && filter.format === allValue && filter.language === allValue;
