/**
 * Which language versions of a content entry exist, and what a reader of each
 * language gets. Pure: works on entry ids (`<lang>/<slug>`), so it is tested
 * without Astro.
 */
import { defaultLocale, isLocaleCode, localeCodes, type LocaleCode } from '../../core/locales.ts';
import { slugPattern } from '../../core/collections.ts';

export interface EntryKey {
  lang: LocaleCode;
  slug: string;
}

/**
 * Splits an entry id into language and slug, with an error naming the file
 * when the file is not at `content/<collection>/<lang>/<slug>.md`.
 *
 * @example parseEntryId('ar/was-ist-eine-ausbildung', 'content/guides/ar/was-ist-eine-ausbildung.md')
 * // { lang: 'ar', slug: 'was-ist-eine-ausbildung' }
 */
export function parseEntryId(id: string, filePath: string = id): EntryKey {
  const [lang, slug, ...rest] = id.split('/');
  if (!isLocaleCode(lang) || slug === undefined || rest.length > 0) {
    throw new Error(
      `${filePath}: content files belong in a language folder, content/<collection>/<${localeCodes.join('|')}>/<slug>.md.`,
    );
  }
  if (!slugPattern.test(slug)) {
    throw new Error(
      `${filePath}: the file name "${slug}" must be lowercase letters a–z, digits and hyphens (e.g. "was-ist-eine-ausbildung"), the same in every language.`,
    );
  }
  return { lang, slug };
}

export interface ResolvedVersion {
  slug: string;
  /** The language the page is for (its URL). */
  pageLang: LocaleCode;
  /** The language the text is in: `pageLang`, or German when not yet translated. */
  contentLang: LocaleCode;
  isFallback: boolean;
  /** Languages this entry really exists in, German first. */
  translatedLangs: LocaleCode[];
}

/**
 * For every entry (by its German original) and every language: which text a
 * reader of that language gets (German-only collections: German only). Translations without a German original are an
 * error, because German is the source every translation is made from.
 */
export function resolveVersions(
  keys: readonly EntryKey[],
  filePathOf: (key: EntryKey) => string = (k) => `${k.lang}/${k.slug}`,
  { germanOnly = false }: { germanOnly?: boolean } = {},
): ResolvedVersion[] {
  const langsBySlug = new Map<string, Set<LocaleCode>>();
  for (const key of keys) {
    const langs = langsBySlug.get(key.slug) ?? new Set<LocaleCode>();
    langs.add(key.lang);
    langsBySlug.set(key.slug, langs);
  }
  const versions: ResolvedVersion[] = [];
  for (const [slug, langs] of [...langsBySlug].sort(([a], [b]) => a.localeCompare(b))) {
    if (!langs.has(defaultLocale)) {
      const orphan = keys.find((k) => k.slug === slug)!;
      throw new Error(
        `${filePathOf(orphan)}: there is no German original (${defaultLocale}/${slug}). Every translation needs the German entry with the same file name.`,
      );
    }
    const translatedLangs = localeCodes.filter((code) => langs.has(code));
    for (const pageLang of germanOnly ? ([defaultLocale] as const) : localeCodes) {
      const isFallback = !langs.has(pageLang);
      versions.push({
        slug,
        pageLang,
        contentLang: isFallback ? defaultLocale : pageLang,
        isFallback,
        translatedLangs,
      });
    }
  }
  return versions;
}
