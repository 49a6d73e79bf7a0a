/**
 * The one owner of the site's languages. Astro's i18n routing, the sitemap,
 * hreflang links, the language switcher, the tests (and later the CMS config
 * and search) all derive from this list; nothing else names a language.
 */

export interface Locale {
  /** URL segment and content folder name: `content/<collection>/<code>/…`. */
  readonly code: LocaleCode;
  /** The language's name in its own language and script, for the switcher. */
  readonly nativeName: string;
  /** The language's name in German, for editors and the language chooser's `title`. */
  readonly germanName: string;
  readonly dir: 'ltr' | 'rtl';
  /** BCP 47 tag for `lang`, `hreflang` and the sitemap. */
  readonly bcp47: string;
  /** Locale handed to `Intl.*` for dates, numbers and plural rules. */
  readonly intl: string;
  /** OpenGraph locale (`language_TERRITORY`). */
  readonly ogLocale: string;
}

export const localeCodes = ['de', 'en', 'ar', 'ru', 'uk'] as const;
export type LocaleCode = (typeof localeCodes)[number];

/** German is the source language: content is written in it first, and it is the fallback. */
export const defaultLocale = 'de' satisfies LocaleCode;

export const locales: Readonly<Record<LocaleCode, Locale>> = {
  de: {
    code: 'de',
    nativeName: 'Deutsch',
    germanName: 'Deutsch',
    dir: 'ltr',
    bcp47: 'de',
    intl: 'de-DE',
    ogLocale: 'de_DE',
  },
  en: {
    code: 'en',
    nativeName: 'English',
    germanName: 'Englisch',
    dir: 'ltr',
    bcp47: 'en',
    intl: 'en-GB',
    ogLocale: 'en_GB',
  },
  // Latin digits: dates and phone numbers then look the same as on the German letters,
  // posters and forms readers hold next to the page.
  ar: {
    code: 'ar',
    nativeName: 'العربية',
    germanName: 'Arabisch',
    dir: 'rtl',
    bcp47: 'ar',
    intl: 'ar-u-nu-latn',
    ogLocale: 'ar_AR',
  },
  ru: {
    code: 'ru',
    nativeName: 'Русский',
    germanName: 'Russisch',
    dir: 'ltr',
    bcp47: 'ru',
    intl: 'ru-RU',
    ogLocale: 'ru_RU',
  },
  uk: {
    code: 'uk',
    nativeName: 'Українська',
    germanName: 'Ukrainisch',
    dir: 'ltr',
    bcp47: 'uk',
    intl: 'uk-UA',
    ogLocale: 'uk_UA',
  },
};

/** All locales in display order (German first, then the order of `localeCodes`). */
export const allLocales: readonly Locale[] = localeCodes.map((code) => locales[code]);

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (localeCodes as readonly string[]).includes(value);
}

/**
 * @example getLocale('ar').dir // 'rtl'
 * @throws when `code` is not one of the five languages, naming the valid ones.
 */
export function getLocale(code: string): Locale {
  if (!isLocaleCode(code)) {
    throw new Error(`Unknown language "${code}". Valid languages: ${localeCodes.join(', ')}.`);
  }
  return locales[code];
}

/**
 * Picks the first of the reader's preferred languages (e.g. `navigator.languages`)
 * that the site offers, matching on the primary subtag ("ar-SY" → "ar").
 *
 * @example matchPreferredLocale(['uk-UA', 'ru']) // 'uk'
 * @example matchPreferredLocale(['fr-FR']) // undefined
 */
export function matchPreferredLocale(preferred: readonly string[]): LocaleCode | undefined {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLocaleCode(primary)) return primary;
  }
  return undefined;
}

/**
 * Astro's `i18n` option, derived from the list above. Routing is `manual`:
 * every language has its own folder (`src/pages/[lang]/`) and
 * `src/middleware.ts` sets the language, so Astro's own prefix routing would
 * only add a 404 for pages outside the language folders – like the CMS at `/admin/`.
 */
export const astroI18nConfig = {
  defaultLocale: defaultLocale as string,
  locales: [...localeCodes] as string[],
  routing: 'manual' as const,
};

/** `@astrojs/sitemap`'s `i18n` option: the same locales with their hreflang tags. */
export const sitemapI18nConfig = {
  defaultLocale,
  locales: Object.fromEntries(allLocales.map((l) => [l.code, l.bcp47])) as Record<LocaleCode, string>,
};
