/**
 * The questionnaire's result card to take along: the recommended station and
 * what the station's own page says one can bring, in German for the
 * counsellor and in the reader's language for the reader. Nothing here adds a
 * requirement: the list is the station content's "Was Sie mitbringen können"
 * section, word for word (less its Markdown marks), and the card says it is a
 * help, not a rule or legal advice.
 */
import { defaultLocale, locales, type LocaleCode } from '../../core/locales.ts';
import { getTranslator, type UiKey } from '../../i18n/translator.ts';

/** The heading of a station's "what you can bring" section in the German file; translations keep its place. */
export const bringHeadingPattern = /mitbringen/i;

export interface MarkdownSection {
  heading: string;
  /** The section's top-level list items, as plain text. */
  items: string[];
}

/**
 * Markdown emphasis, code and links reduced to their text.
 *
 * @example plainInline('Ihre **Zeugnisse**, [mehr](/de/x/)') // 'Ihre Zeugnisse, mehr'
 */
export function plainInline(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The `## ` sections of a Markdown text with their top-level list items. */
export function markdownSections(body: string): MarkdownSection[] {
  const sections: MarkdownSection[] = [];
  for (const line of body.split('\n')) {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) sections.push({ heading: plainInline(heading[1]!), items: [] });
    const item = /^[-*+]\s+(.+)$/.exec(line);
    if (item && sections.length > 0) sections.at(-1)!.items.push(plainInline(item[1]!));
  }
  return sections;
}

export interface BringList {
  items: string[];
  /** The language the items are in: the translation's, or German where the translation has no such list. */
  lang: LocaleCode;
}

/**
 * What the station says one can bring, in `lang` where the translation has the section at the same place
 * as the German file, else in German; undefined when the German file has no such section.
 */
export function bringList(germanBody: string, body: string, lang: LocaleCode): BringList | undefined {
  const german = markdownSections(germanBody);
  const index = german.findIndex((section) => bringHeadingPattern.test(section.heading));
  if (index < 0 || german[index]!.items.length === 0) return undefined;
  const translated = lang === defaultLocale ? undefined : markdownSections(body)[index];
  return translated && translated.items.length > 0
    ? { items: translated.items, lang }
    : { items: german[index]!.items, lang: defaultLocale };
}

export interface ResultCardText {
  lang: LocaleCode;
  dir: 'ltr' | 'rtl';
  stationLabel: string;
  /** "Station 3" */
  stationNumber: string;
  /** The station's sentence, as on the day. */
  stationTitle: string;
  /** The language of the station's sentence: German where the station is not translated yet. */
  titleLang: LocaleCode;
  answersLabel: string;
  bringLabel: string;
  bring?: BringList;
  bringNote: string;
  noBring: string;
  qr: string;
}

export interface StationText {
  number: number;
  title: string;
  body: string;
  /** The language the text is in (German for a station not yet translated). */
  lang: LocaleCode;
}

/**
 * One side of the card: German (for the counsellor) or the reader's language.
 *
 * @example resultCardText('ar', station, germanStation).stationNumber // 'المحطة 3'
 */
export function resultCardText(lang: LocaleCode, station: StationText, germanStation: StationText): ResultCardText {
  const t = getTranslator(lang);
  const source = lang === defaultLocale ? germanStation : station;
  return {
    lang,
    dir: locales[lang].dir,
    stationLabel: t('questionnaire.card.station'),
    stationNumber: t('stations.number', { number: station.number }),
    stationTitle: source.title,
    titleLang: source.lang,
    answersLabel: t('questionnaire.card.answers'),
    bringLabel: t('questionnaire.card.bring'),
    bring: bringList(germanStation.body, source.body, source.lang),
    bringNote: t('questionnaire.card.bringNote'),
    noBring: t('questionnaire.card.noBring'),
    qr: t('questionnaire.card.qr'),
  };
}

/** The card's sides: German first, then the reader's language (German readers get one side). */
export const resultCardLanguages = (lang: LocaleCode): LocaleCode[] =>
  lang === defaultLocale ? [defaultLocale] : [defaultLocale, lang];

/**
 * An answer of the questionnaire in German, for the counsellor's side of the card.
 *
 * @example germanAnswer('vorhanden', 'zeugnis') // 'Einen Schulabschluss – aus Deutschland oder aus dem Ausland.'
 */
export const germanAnswer = (question: string, answer: string) =>
  getTranslator(defaultLocale)(`questionnaire.${question}.${answer}` as UiKey);
