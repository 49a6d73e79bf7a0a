/**
 * Content entries per language, with the German fallback applied. Pages get
 * their entries here, never from `getCollection` directly, so every page treats
 * missing translations the same way.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLocale, localeCodes, locales, type LocaleCode } from '../../core/locales.ts';
import { isGermanOnly, type CollectionName } from '../../core/collections.ts';
import type { TranslationStatus } from '../../schemas/fields.ts';
import { oncePerBuild } from './buildCache.ts';
import { unfinishedTranslation } from './contentLoader.ts';
import { reservedEventSlugs, reservedGlossarySlugs, type ReadingHelpCollection } from '../routes.ts';
import { isTranslationOutdated } from './translationFreshness.ts';
import { parseEntryId, resolveVersions, type EntryKey, type ResolvedVersion } from './translations.ts';

export interface LocalizedEntry<C extends CollectionName> extends ResolvedVersion {
  entry: CollectionEntry<C>;
  /** Set when this translation follows an older German text: the German `updated` date. */
  germanUpdatedSince?: string;
  /** How this translation was made (translations only; readers are told above the text). */
  translation?: { status?: TranslationStatus; reviewedOn?: string };
}

interface TextVersionData {
  updated?: string;
  translatedFrom?: string;
  translationStatus?: TranslationStatus;
  reviewedOn?: string;
}

async function resolveCollection<C extends CollectionName>(collection: C): Promise<LocalizedEntry<C>[]> {
  // An empty or unfinished translation counts as not translated: readers get German with a notice.
  const entries = ((await getCollection(collection)) as CollectionEntry<C>[]).filter(
    (entry) => !(unfinishedTranslation in (entry.data as object)),
  );
  const byKey = new Map<string, CollectionEntry<C>>();
  const keys: EntryKey[] = entries.map((entry) => {
    const key = parseEntryId(entry.id, entry.filePath);
    byKey.set(`${key.lang}/${key.slug}`, entry);
    return key;
  });
  const fileOf = (k: EntryKey) => byKey.get(`${k.lang}/${k.slug}`)?.filePath ?? `${k.lang}/${k.slug}`;
  return resolveVersions(keys, fileOf, { germanOnly: isGermanOnly(collection) }).map((version) => {
    const entry = byKey.get(`${version.contentLang}/${version.slug}`)!;
    const german = byKey.get(`de/${version.slug}`)!.data as TextVersionData;
    const data = entry.data as TextVersionData;
    const isTranslation = !version.isFallback && version.contentLang !== 'de';
    const outdated = isTranslation && isTranslationOutdated(german, data);
    return {
      ...version,
      entry,
      ...(outdated ? { germanUpdatedSince: german.updated } : {}),
      ...(isTranslation ? { translation: { status: data.translationStatus, reviewedOn: data.reviewedOn } } : {}),
    };
  });
}

/** Each collection resolved once per build: all its versions, and those of each page language. */
const resolvedCollections = oncePerBuild(async (collection: CollectionName) => {
  const versions = await resolveCollection(collection);
  return { versions, byLanguage: Map.groupBy(versions, (version) => version.pageLang) };
});

const loadVersions = async <C extends CollectionName>(collection: C) =>
  (await resolvedCollections(collection)).versions as readonly LocalizedEntry<C>[];

/**
 * Every entry of a collection as a reader of `lang` gets it (translated or
 * German fallback). Shared by every page of a build: copy before sorting.
 */
export async function getLocalizedEntries<C extends CollectionName>(
  collection: C,
  lang: LocaleCode,
): Promise<readonly LocalizedEntry<C>[]> {
  return ((await resolvedCollections(collection)).byLanguage.get(lang) ?? []) as readonly LocalizedEntry<C>[];
}

/**
 * One entry as readers of each language get it (translated or German fallback): what the share
 * block needs to send the page in another language.
 *
 * @throws when the entry is missing in a language (it always has at least the German fallback).
 */
export async function entryInEveryLanguage<C extends CollectionName>(
  collection: C,
  slug: string,
): Promise<Record<LocaleCode, LocalizedEntry<C>>> {
  const pairs = await Promise.all(
    localeCodes.map(async (lang) => {
      const version = (await getLocalizedEntries(collection, lang)).find((v) => v.slug === slug);
      if (!version) throw new Error(`content/${collection}/de/${slug}.md has no version for "${lang}".`);
      return [lang, version] as const;
    }),
  );
  return Object.fromEntries(pairs) as Record<LocaleCode, LocalizedEntry<C>>;
}

/** `getStaticPaths` for a collection's entry pages: every entry in every language. */
export async function entryStaticPaths<C extends CollectionName>(collection: C) {
  const versions = await loadVersions(collection);
  for (const { entry, slug } of versions) {
    if (collection === 'events' && (reservedEventSlugs as readonly string[]).includes(slug))
      throw new Error(
        `${entry.filePath}: an event file may not be named "${slug}" – the event list uses that address ` +
          `(${reservedEventSlugs.join(', ')}). Rename the file, e.g. "${slug}-veranstaltung.md".`,
      );
    if (collection === 'glossary' && (reservedGlossarySlugs as readonly string[]).includes(slug))
      throw new Error(
        `${entry.filePath}: a glossary file may not be named "${slug}" – the glossary's letter box uses that address.`,
      );
  }
  return versions.map((version) => ({
    params: { lang: version.pageLang, slug: version.slug },
    props: { version },
  }));
}

/**
 * Does this version have a reading help (its text beside the German original)? Only real
 * translations: a German page has nothing to put beside itself, and a German fallback has no
 * translation to pair – its readers get the German text with a notice, and no link to the view.
 */
export const hasReadingHelp = (version: ResolvedVersion): boolean =>
  version.pageLang !== defaultLocale && !version.isFallback;

/**
 * `getStaticPaths` for a collection's reading helps: every translated entry, with its German original.
 */
export async function readingHelpStaticPaths<C extends ReadingHelpCollection>(collection: C) {
  const versions = await loadVersions(collection);
  const german = new Map(versions.filter((v) => v.pageLang === defaultLocale).map((v) => [v.slug, v]));
  return versions.filter(hasReadingHelp).map((version) => ({
    params: { lang: version.pageLang, slug: version.slug },
    props: { version, german: german.get(version.slug)! },
  }));
}

/**
 * An entry's text as the build rendered it (Markdown with the site's plugins applied: glossary
 * links, German terms marked, sanitised) – what the entry page shows, as markup.
 */
export function renderedHtml(version: LocalizedEntry<CollectionName>): string {
  const { rendered, body, filePath } = version.entry;
  if (rendered === undefined && body?.trim()) throw new Error(`${filePath}: the text was not rendered.`);
  return rendered?.html ?? '';
}

/**
 * `lang`/`dir` for an element showing a German fallback inside another
 * language's page (a card in a list); nothing for translated entries.
 */
export function fallbackAttributes(version: ResolvedVersion): { lang?: string; dir?: 'ltr' | 'rtl' } {
  if (!version.isFallback) return {};
  const locale = locales[version.contentLang];
  return { lang: locale.bcp47, dir: locale.dir };
}

/**
 * The entries another entry names in one of its fields (an event's `partners`,
 * a station's `guides`), as readers of `lang` get them. A name that is not a
 * file of that collection fails the build with the entry's file and field.
 *
 * @example await referencedEntries('partners', 'partners', ['lamsa'], 'ar', 'content/events/de/x.md')
 */
export async function referencedEntries<C extends CollectionName>(
  collection: C,
  field: string,
  slugs: readonly string[],
  lang: LocaleCode,
  filePath: string | undefined,
): Promise<LocalizedEntry<C>[]> {
  const entries = await getLocalizedEntries(collection, lang);
  return slugs.map((slug) => {
    const found = entries.find((e) => e.slug === slug);
    if (!found) {
      throw new Error(
        `${filePath}: field "${field}" names "${slug}", but there is no content/${collection}/de/${slug}.md.`,
      );
    }
    return found;
  });
}

/** The partners an entry names in its `partners` field (see `referencedEntries`). */
export const referencedPartners = (slugs: readonly string[], lang: LocaleCode, filePath: string | undefined) =>
  referencedEntries('partners', 'partners', slugs, lang, filePath);
