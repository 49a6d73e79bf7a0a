import { describe, expect, it } from 'vitest';
import {
  allLocales,
  astroI18nConfig,
  defaultLocale,
  getLocale,
  isLocaleCode,
  localeCodes,
  locales,
  matchPreferredLocale,
  sitemapI18nConfig,
} from '../../src/core/locales.ts';

describe('the locale module', () => {
  it('offers exactly German, English, Arabic, Russian and Ukrainian, German first and default', () => {
    expect(localeCodes).toEqual(['de', 'en', 'ar', 'ru', 'uk']);
    expect(defaultLocale).toBe('de');
    expect(allLocales.map((l) => l.code)).toEqual([...localeCodes]);
  });

  it('writes only Arabic right to left', () => {
    expect(allLocales.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ar']);
  });

  it('names every language in its own script', () => {
    expect(locales.ar.nativeName).toMatch(/^[\u0600-\u06FF ]+$/);
    expect(locales.ru.nativeName).toMatch(/^[\u0400-\u04FF]+$/);
    expect(locales.uk.nativeName).toMatch(/^[\u0400-\u04FF]+$/);
    for (const locale of allLocales) {
      expect(new Intl.DisplayNames([locale.intl], { type: 'language' }).of(locale.bcp47)?.toLowerCase()).toBe(
        locale.nativeName.toLowerCase(),
      );
    }
  });

  it('gives Intl a locale it supports and OpenGraph a language_TERRITORY tag', () => {
    for (const locale of allLocales) {
      expect(Intl.DateTimeFormat.supportedLocalesOf([locale.intl])).toHaveLength(1);
      expect(locale.ogLocale).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
      expect(locale.ogLocale.slice(0, 2)).toBe(locale.code);
    }
  });

  it('derives the Astro and sitemap i18n config from the same list', () => {
    expect(astroI18nConfig.locales).toEqual([...localeCodes]);
    expect(astroI18nConfig.defaultLocale).toBe(defaultLocale);
    expect(Object.keys(sitemapI18nConfig.locales)).toEqual([...localeCodes]);
  });

  it('matches a browser language by its primary subtag', () => {
    expect(matchPreferredLocale(['ar-SY', 'de'])).toBe('ar');
    expect(matchPreferredLocale(['fr-FR', 'uk_UA'])).toBe('uk');
    expect(matchPreferredLocale(['fr', 'tr'])).toBeUndefined();
    expect(matchPreferredLocale([])).toBeUndefined();
  });

  it('rejects unknown languages with a message listing the valid ones', () => {
    expect(isLocaleCode('fa')).toBe(false);
    expect(() => getLocale('fa')).toThrow(/de, en, ar, ru, uk/);
    expect(getLocale('ar').dir).toBe('rtl');
  });
});
