/**
 * The `data-pagefind-*` attributes a page's `<main>` carries: the page is
 * indexed, filterable by type, and its result shows type, date and town.
 */
import type { SearchType } from './search.ts';

export interface SearchEntry {
  type: SearchType;
  /** Shown on the result, e.g. an event's date and town. */
  meta?: Record<string, string | undefined>;
  /**
   * German words readers may search for from a letter (glossary terms the page
   * explains), indexed with the page in every language.
   */
  germanTerms?: readonly string[];
}

/**
 * Attributes for `<main>`: indexed, filterable by type.
 *
 * @example searchAttributes({ type: 'event' }) // { 'data-pagefind-body': '', 'data-pagefind-filter': 'type:event' }
 */
export function searchAttributes(entry: SearchEntry): Record<string, string> {
  return { 'data-pagefind-body': '', 'data-pagefind-filter': `type:${entry.type}` };
}

/**
 * One `data-pagefind-meta` value per fact (Pagefind reads one key per
 * attribute; several in one attribute run together).
 *
 * @example searchMetaValues({ type: 'event', meta: { town: 'Halle (Saale)' } }) // ['type:event', 'town:Halle (Saale)']
 */
export function searchMetaValues(entry: SearchEntry): string[] {
  const facts: Record<string, string | undefined> = { type: entry.type, ...entry.meta };
  return Object.entries(facts).flatMap(([key, value]) => (value ? [`${key}:${value}`] : []));
}
