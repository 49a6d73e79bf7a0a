import { describe, expect, it } from 'vitest';
import { parseEntryId, resolveVersions } from '../../src/lib/content/translations.ts';

describe('language versions of an entry', () => {
  it('gives every language a page: its translation, or the German original as fallback', () => {
    const versions = resolveVersions([
      { lang: 'de', slug: 'impressum' },
      { lang: 'en', slug: 'impressum' },
    ]);
    expect(versions).toHaveLength(5);
    const byLang = Object.fromEntries(versions.map((v) => [v.pageLang, v]));
    expect(byLang.en).toMatchObject({ contentLang: 'en', isFallback: false });
    expect(byLang.ar).toMatchObject({ contentLang: 'de', isFallback: true });
    expect(byLang.uk!.translatedLangs).toEqual(['de', 'en']);
  });

  it('refuses a translation without a German original, naming the file', () => {
    expect(() => resolveVersions([{ lang: 'ar', slug: 'waise' }], () => 'content/guides/ar/waise.md')).toThrow(
      /content\/guides\/ar\/waise\.md: there is no German original \(de\/waise\)/,
    );
  });

  it('reads language and slug from the entry id', () => {
    expect(parseEntryId('uk/was-ist-eine-ausbildung')).toEqual({ lang: 'uk', slug: 'was-ist-eine-ausbildung' });
  });

  it('refuses files outside a language folder or with a non-ASCII or spaced name', () => {
    expect(() => parseEntryId('fr/x', 'content/guides/fr/x.md')).toThrow(
      /content\/guides\/fr\/x\.md: .*language folder/,
    );
    expect(() => parseEntryId('de/Was ist', 'content/guides/de/Was ist.md')).toThrow(/file name "Was ist"/);
    expect(() => parseEntryId('ar/تدريب')).toThrow(/lowercase letters/);
  });
});
