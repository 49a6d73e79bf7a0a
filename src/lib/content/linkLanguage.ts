/**
 * The language of the pages our external links point to. Nearly every source
 * and partner website is German only; a reader of another language should know
 * that before tapping (a parent on little data, a young person with little
 * German), so such links say „(auf Deutsch)“ in the reader's language.
 *
 * Only sites whose languages we know are listed; anything else counts as German.
 */
import type { LocaleCode } from '../../core/locales.ts';
import type { UiKey } from '../../i18n/translator.ts';

/** Languages of the linked page, by address prefix (host and path, without `https://` and `www.`). */
const knownPageLanguages: readonly { prefix: string; languages: readonly string[] }[] = [
  // The Council of Europe's page on the language levels: the English version is linked.
  { prefix: 'coe.int/en/', languages: ['en'] },
  // The state portal's page on school-leaving qualifications is stored in English only.
  { prefix: 'buerger.sachsen-anhalt.de/en/', languages: ['en'] },
  // Federal and EU portals that offer German and English (and more we have not checked).
  { prefix: 'make-it-in-germany.com', languages: ['de', 'en'] },
  { prefix: 'anerkennung-in-deutschland.de', languages: ['de', 'en'] },
  { prefix: 'europass.europa.eu', languages: ['de', 'en'] },
];

/**
 * The languages of the page an external address leads to.
 *
 * @example pageLanguages('https://www.coe.int/en/web/x') // ['en']
 * @example pageLanguages('https://www.gesetze-im-internet.de/bbig_2005/') // ['de']
 */
export function pageLanguages(href: string): readonly string[] {
  const address = href.replace(/^https?:\/\/(www\.)?/, '');
  return knownPageLanguages.find((site) => address.startsWith(site.prefix))?.languages ?? ['de'];
}

/** True for an address that leaves the site. */
export const isExternal = (href: string): boolean => /^https?:\/\//.test(href);

/**
 * The UI string that tells a reader of `lang` which language an external link's
 * page is in, or nothing when it is in the reader's language (or not external).
 *
 * @example linkLanguageKey('https://www.bamf.de/', 'ar') // 'links.inGerman'
 * @example linkLanguageKey('https://www.bamf.de/', 'de') // undefined
 */
export function linkLanguageKey(href: string, lang: LocaleCode): UiKey | undefined {
  if (!isExternal(href)) return undefined;
  const languages = pageLanguages(href);
  if (languages.includes(lang)) return undefined;
  if (languages.includes('de') && languages.includes('en')) return 'links.inGermanOrEnglish';
  return languages.includes('de') ? 'links.inGerman' : 'links.inEnglish';
}
