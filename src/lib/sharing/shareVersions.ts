/**
 * "Send this page in another language": the same page as a reader of each
 * language gets it – its address (the language segment swapped), the message
 * in that language and that language's QR code. The share block offers these
 * so a sender can pass the page on to someone who reads another language (a
 * parent), not only in the sender's own.
 */
import { localeCodes, locales, type LocaleCode } from '../../core/locales.ts';
import { absoluteUrl, switchLocalePath } from '../routes.ts';
import type { ShareTarget } from './shareLinks.ts';

export interface ShareVersion extends ShareTarget {
  lang: LocaleCode;
  /** The language's name in its own script. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** The page in this language, as a path of the site (for links within it). */
  path: string;
  /** The page's QR code in this language (a path of the built site). */
  qrCode: string;
}

/**
 * Every language's version of a page for sharing; the page's own language first.
 *
 * @param texts What the message says in each language (the title, for events also when and where).
 * @param qrCodeOf Where the QR code of the page in a language lives.
 * @example shareVersions('/de/ausbildung/x/', 'https://example.org', texts, qr)[2]?.url // 'https://example.org/ar/ausbildung/x/'
 */
export function shareVersions(
  pagePath: string,
  site: URL | string,
  texts: Readonly<Record<LocaleCode, string>>,
  qrCodeOf: (lang: LocaleCode) => string,
): ShareVersion[] {
  return localeCodes.map((lang) => {
    const path = switchLocalePath(pagePath, lang);
    return {
      lang,
      name: locales[lang].nativeName,
      dir: locales[lang].dir,
      text: texts[lang],
      url: absoluteUrl(path, site),
      path,
      qrCode: qrCodeOf(lang),
    };
  });
}

/**
 * One value per language, e.g. the share block's message in each.
 *
 * @example perLanguage((lang) => t(lang)('home.title')) // { de: '…', en: '…', ar: '…', ru: '…', uk: '…' }
 */
export const perLanguage = <T>(valueIn: (lang: LocaleCode) => T): Record<LocaleCode, T> =>
  Object.fromEntries(localeCodes.map((lang) => [lang, valueIn(lang)])) as Record<LocaleCode, T>;
