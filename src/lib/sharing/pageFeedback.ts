/**
 * "Did this page help you?" without a server of our own: Yes and No are
 * `mailto:` links that open an e-mail in the reader's own mail app, already
 * naming the page (title and address) and its language; the reader may add a
 * comment and decides whether to send it. Nothing is sent by the site.
 */
import { campaignContact } from '../../data/campaign.ts';
import { exampleEventsEnabled } from '../content/contentRoot.ts';

/**
 * The build with the invented example events (`EXAMPLE_EVENTS=1`, local only, marked on every page)
 * uses a reserved example domain (RFC 2606) so the feedback can be seen and tested; never the site.
 */
export const exampleFeedbackAddress = 'redaktion@example.org';

/** Where feedback goes, or undefined while the campaign has no contact address (`src/data/campaign.ts`). */
export function feedbackAddress(): string | undefined {
  return campaignContact.email || (exampleEventsEnabled ? exampleFeedbackAddress : undefined);
}

export type FeedbackAnswer = 'yes' | 'no';

export interface FeedbackMail {
  address: string;
  answer: FeedbackAnswer;
  /** The page's own title, as the reader saw it. */
  title: string;
  /** The page's absolute address. */
  url: string;
  /** The page's language: its code and its own name (`ar`, `العربية`). */
  lang: string;
  languageName: string;
  /** The line above the reader's comment, in the reader's language. */
  prompt: string;
}

/**
 * The editors read German: the subject (answer, language, page title) and the facts under the comment
 * (answer, page address, language) are German. Each part only once – the e-mail is in every page twice.
 */
const answerLabel: Record<FeedbackAnswer, string> = { yes: 'Ja, hilfreich', no: 'Nein, nicht hilfreich' };

/**
 * Percent-encodes what would end or change a part of the address (`&`, `#`, `=`, `%`, `+`), white space
 * and line breaks, quotes and brackets – not letters: the page stays small (Cyrillic or Arabic
 * percent-encoded is three times the bytes, and the e-mail is in every page twice), and the browser
 * encodes them as UTF-8 when it opens the link, as for any address with letters beyond ASCII.
 */
const encodePart = (text: string) =>
  text.replace(/[\s%&#?=+"'<>\\^`{|}[\]\p{Cc}\p{Cf}]/gu, (char) => encodeURIComponent(char));

/**
 * A prepared feedback e-mail as a `mailto:` address (RFC 6068 once the browser has encoded the letters;
 * CRLF line breaks).
 *
 * @example feedbackMailto({ address: 'a@example.org', answer: 'yes', title: 'Impressum', url: 'https://x/de/impressum/', lang: 'de', languageName: 'Deutsch', prompt: 'Kommentar:' })
 * // 'mailto:a@example.org?subject=Rückmeldung%20(de):%20Ja,%20hilfreich%20–%20Impressum&body=…'
 */
export function feedbackMailto(mail: FeedbackMail): string {
  const subject = `Rückmeldung (${mail.lang}): ${answerLabel[mail.answer]} – ${mail.title}`;
  const body = [
    mail.prompt,
    '',
    '',
    '',
    '---',
    'Für die Redaktion:',
    `Antwort: ${answerLabel[mail.answer]}`,
    `Seite: ${mail.url}`,
    `Sprache: ${mail.languageName} (${mail.lang})`,
  ].join('\r\n');
  return `mailto:${mail.address}?subject=${encodePart(subject)}&body=${encodePart(body)}`;
}
