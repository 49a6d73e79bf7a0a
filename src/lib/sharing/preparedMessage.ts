/**
 * The message a reader sends to (or shows at) an advice office: German, so any
 * office understands it, and naming the reader's language so an interpreter can
 * be arranged; beside it, the same text in the reader's language, so they know
 * what they send. The words live in the UI strings (`message.*`).
 */
import { languageName } from '../../i18n/format.ts';
import { defaultLocale, type LocaleCode } from '../../core/locales.ts';
import { getTranslator } from '../../i18n/translator.ts';

export type MessageKind = 'partner' | 'online';

export interface PreparedMessage {
  /** What the office reads: always German. */
  german: string;
  /** The same message in the reader's language; absent for German readers. */
  translation?: string;
  /** The e-mail subject, in German. */
  subject: string;
}

function compose(kind: MessageKind, readerLang: LocaleCode, textLang: LocaleCode): string {
  const t = getTranslator(textLang);
  // German readers need no interpreter: their message leaves the language line out.
  const languageLine =
    readerLang === defaultLocale ? '' : t('message.languageLine', { language: languageName(readerLang, textLang) });
  return t(kind === 'online' ? 'message.online' : 'message.partner', { languageLine });
}

/**
 * @example preparedMessage('partner', 'ar').german // 'Guten Tag,\nich habe … Meine Sprache ist Arabisch. …'
 */
export function preparedMessage(kind: MessageKind, readerLang: LocaleCode): PreparedMessage {
  const german = compose(kind, readerLang, defaultLocale);
  return {
    german,
    subject: getTranslator(defaultLocale)('message.subject'),
    ...(readerLang === defaultLocale ? {} : { translation: compose(kind, readerLang, readerLang) }),
  };
}

/** A `mailto:` link with the German message; the office's address comes from the CMS. */
export const messageMailto = (email: string, message: PreparedMessage) =>
  `mailto:${email}?subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(message.german)}`;
