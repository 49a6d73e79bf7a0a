/**
 * The content collections by name, and which rules of completeness they follow.
 * No imports, so the plain-Node scripts (`scripts/*.ts`) can read it too;
 * the schemas of each collection are in `src/schemas/` (by name: `src/schemas/index.ts`).
 */

/** The collections under `content/<collection>/<lang>/<slug>.md`. */
export const collectionNames = [
  'guides',
  'glossary',
  'events',
  'partners',
  'stations',
  'pages',
  'leichte-sprache',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * Collections written in German only, by nature: Leichte Sprache is a German
 * easy-language variety. They get no fallback pages in the other languages.
 */
export const germanOnlyCollections = ['leichte-sprache'] as const satisfies readonly CollectionName[];
export const isGermanOnly = (collection: CollectionName) =>
  (germanOnlyCollections as readonly CollectionName[]).includes(collection);

/**
 * Collections a reader must find complete in all five languages: `check-translations`
 * fails when an entry is missing in one of them (events and partners may fall back to German).
 */
export const fullyTranslatedCollections = [
  'guides',
  'glossary',
  'stations',
  'pages',
] as const satisfies readonly CollectionName[];

/** A file name without extension: lowercase ASCII words joined by hyphens, same in every language. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
