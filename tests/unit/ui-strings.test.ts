import { describe, expect, it } from 'vitest';
import { localeCodes, locales, type LocaleCode } from '../../src/core/locales.ts';
import { getTranslator, uiStrings } from '../../src/i18n/translator.ts';
import allowList from '../../src/i18n/ui/identical-allowed.json';
import { formatDate } from '../../src/i18n/format.ts';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(pluralSuffix, '');
const pluralBases = (strings: Readonly<Record<string, string>>) =>
  new Set(
    Object.keys(strings)
      .filter((k) => pluralSuffix.test(k))
      .map(baseKey),
  );
const variables = (value: string) => [...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const translations = localeCodes.filter((code) => code !== 'de');
const allowed: Record<string, string[]> = Object.fromEntries(
  Object.entries(allowList).filter(([key]) => key !== '$comment'),
) as Record<string, string[]>;

describe('UI strings', () => {
  const germanKeys = new Set(Object.keys(uiStrings.de).map(baseKey));

  it.each(translations)('%s has every German key and no extra one', (lang) => {
    const keys = new Set(Object.keys(uiStrings[lang]).map(baseKey));
    expect(
      [...germanKeys].filter((k) => !keys.has(k)),
      'missing keys',
    ).toEqual([]);
    expect(
      [...keys].filter((k) => !germanKeys.has(k)),
      'keys German does not have',
    ).toEqual([]);
  });

  it.each(localeCodes)('%s has no empty strings', (lang) => {
    expect(
      Object.entries(uiStrings[lang])
        .filter(([, v]) => v.trim() === '')
        .map(([k]) => k),
    ).toEqual([]);
  });

  // Russian and Ukrainian dates end in an abbreviation ("25 ноября 2026 г."): a sentence that ends
  // with the date must not add a second full stop.
  it.each(localeCodes)('%s never puts a full stop after a date that already ends in one', (lang) => {
    const t = getTranslator(lang);
    const date = formatDate('2026-11-25', lang);
    const doubled = Object.keys(uiStrings[lang])
      .filter((key) => uiStrings[lang][key]!.includes('{{date}}'))
      .filter((key) => /\.\s*\.|\.\s*\)\./.test(t(key as never, { date, count: 1 } as never)));
    expect(doubled).toEqual([]);
  });

  it.each(localeCodes)('%s has exactly the plural forms Intl.PluralRules knows for it', (lang) => {
    const categories = new Intl.PluralRules(locales[lang].intl).resolvedOptions().pluralCategories.slice().sort();
    for (const base of pluralBases(uiStrings.de)) {
      const forms = Object.keys(uiStrings[lang])
        .filter((k) => baseKey(k) === base && pluralSuffix.test(k))
        .map((k) => k.match(pluralSuffix)![1])
        .sort();
      expect(forms, `${lang}: ${base}`).toEqual(categories);
    }
  });

  it('knows that Arabic has six plural forms and Russian and Ukrainian four', () => {
    expect(new Intl.PluralRules('ar').resolvedOptions().pluralCategories).toHaveLength(6);
    expect(new Intl.PluralRules('ru').resolvedOptions().pluralCategories).toHaveLength(4);
    expect(new Intl.PluralRules('uk').resolvedOptions().pluralCategories).toHaveLength(4);
  });

  it.each(translations)('%s uses the same {{variables}} as German', (lang) => {
    for (const [key, value] of Object.entries(uiStrings[lang])) {
      const german = uiStrings.de[key] ?? uiStrings.de[`${baseKey(key)}_other`]!;
      // A plural form may spell out its number ("دقيقتان", "two minutes") instead of {{count}}.
      const expected = variables(german).filter((v) => !(pluralSuffix.test(key) && v === 'count'));
      const actual = variables(value).filter((v) => !(pluralSuffix.test(key) && v === 'count'));
      expect(actual, `${lang}: ${key}`).toEqual(expected);
    }
  });

  it.each(translations)('%s has no string left in German (except allow-listed names)', (lang) => {
    const allowedHere = new Set([...(allowed.all ?? []), ...(allowed[lang] ?? [])]);
    const identical = Object.entries(uiStrings[lang])
      .filter(([key, value]) => uiStrings.de[key] === value && !allowedHere.has(key))
      .map(([key]) => key);
    expect(identical).toEqual([]);
  });

  it('keeps the allow-list honest: every allow-listed key exists and really is identical', () => {
    for (const [lang, keys] of Object.entries(allowed).filter(([k]) => k !== 'all')) {
      for (const key of keys) {
        expect(uiStrings[lang as LocaleCode][key], `${lang}: ${key}`).toBe(uiStrings.de[key]);
      }
    }
  });
});

describe('the translator', () => {
  it('picks plural forms per language', () => {
    expect(getTranslator('ru')('guides.readingTime', { count: 3 })).toBe('3 минуты чтения');
    expect(getTranslator('ru')('guides.readingTime', { count: 5 })).toBe('5 минут чтения');
    expect(getTranslator('uk')('events.pastCount', { count: 21 })).toBe('21 захід');
    expect(getTranslator('ar')('guides.readingTime', { count: 2 })).toBe('دقيقتان للقراءة');
    expect(getTranslator('ar')('guides.readingTime', { count: 11 })).toBe('11 دقيقة للقراءة');
    expect(getTranslator('de')('guides.readingTime', { count: 1 })).toBe('1 Minute Lesezeit');
  });

  it('interpolates without HTML-escaping (Astro escapes on output)', () => {
    expect(getTranslator('en')('stations.number', { number: 3 })).toBe('Station 3');
  });

  it('fails loudly on an unknown key instead of showing it to readers', () => {
    // @ts-expect-error: the key does not exist
    expect(() => getTranslator('ar')('nav.doesNotExist')).toThrow(/nav.doesNotExist.*ar/);
  });
});
