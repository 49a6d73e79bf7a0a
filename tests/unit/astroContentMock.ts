/**
 * A stand-in for Astro's virtual module `astro:content` in unit tests of the catalogues
 * (localizedContent, eventCatalog): `getCollection` returns the entries a test put into `collections`.
 * Use: `vi.mock('astro:content', () => import('./astroContentMock.ts'))`.
 */
export type MockEntry = { id: string; collection: string; filePath: string; data: Record<string, unknown> };

/** The entries `getCollection` returns, per collection; each test sets its own. */
export const collections = new Map<string, MockEntry[]>();

export async function getCollection(name: string): Promise<MockEntry[]> {
  return collections.get(name) ?? [];
}

/** An entry as Astro's glob loader gives it: id `<lang>/<slug>`, its file, its data. */
export const entry = (collection: string, id: string, data: Record<string, unknown>): MockEntry => ({
  id,
  collection,
  filePath: `content/${collection}/${id}.md`,
  data,
});

// A fixed clock: 1 March 2026, 12:00 in Berlin. `siteNow()` reads it: unit tests run as the dev server
// does (import.meta.env.DEV), so nothing is remembered between tests and each sees its own entries and time.
export const now = new Date('2026-03-01T11:00:00Z');
