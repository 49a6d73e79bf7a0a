import { describe, expect, it } from 'vitest';
import { linkLanguageKey, pageLanguages } from '../../src/lib/content/linkLanguage.ts';

describe('the language of linked pages', () => {
  it('counts an unknown site as German', () => {
    expect(pageLanguages('https://www.gesetze-im-internet.de/bbig_2005/')).toEqual(['de']);
    expect(pageLanguages('https://www.coe.int/en/web/common-european-framework-reference-languages')).toEqual(['en']);
  });

  it('marks a German page for readers of every other language, and nothing for German readers', () => {
    expect(linkLanguageKey('https://www.bamf.de/', 'ar')).toBe('links.inGerman');
    expect(linkLanguageKey('https://www.bamf.de/', 'uk')).toBe('links.inGerman');
    expect(linkLanguageKey('https://www.bamf.de/', 'de')).toBeUndefined();
  });

  it('says “German and English” where a portal has both, and nothing to English readers', () => {
    expect(linkLanguageKey('https://www.make-it-in-germany.com/', 'ru')).toBe('links.inGermanOrEnglish');
    expect(linkLanguageKey('https://www.make-it-in-germany.com/', 'en')).toBeUndefined();
    expect(linkLanguageKey('https://www.coe.int/en/web/x', 'de')).toBe('links.inEnglish');
  });

  it('leaves links inside the site alone', () => {
    expect(linkLanguageKey('/ar/glossar/duldung/', 'ar')).toBeUndefined();
    expect(linkLanguageKey('mailto:info@example.org', 'ar')).toBeUndefined();
  });
});
