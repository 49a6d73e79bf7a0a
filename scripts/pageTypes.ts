/**
 * The kinds of page the site builds, each with one example page, from the routes module. The browser
 * and accessibility tests visit them (`tests/e2e/pages.ts`), the size report and its budget test
 * measure them (`scripts/size-report.ts`), and the benchmark measures some of them on its corpus
 * (`scripts/bench.ts`, with the corpus's own entries).
 */
import { defaultLocale, localeCodes, type LocaleCode } from '../src/core/locales.ts';
import { routes } from '../src/lib/routes.ts';

/** The entries the examples show: in the real content, unless a corpus brings its own. */
export interface ExampleEntries {
  guide: string;
  event: string;
  /** An event whose weekday and time are not published yet. */
  eventToBeAnnounced: string;
  partner: string;
  /** A partner with an office in every district. */
  partnerInEveryDistrict: string;
  district: string;
  glossaryEntry: string;
}

/** The real content's examples (`content/`). */
export const realExamples: ExampleEntries = {
  guide: 'was-ist-eine-ausbildung',
  event: 'auftakt-magdeburg-2025',
  eventToBeAnnounced: 'online-beratung',
  partner: 'kausa-landesstelle-sachsen-anhalt',
  partnerInEveryDistrict: 'auslaenderbehoerde',
  district: 'harz',
  glossaryEntry: 'ausbildungsvertrag',
};

/**
 * One page of each type in a language, for the given example entries.
 *
 * @example languagePageTypes().guide('ar') // '/ar/ausbildung/was-ist-eine-ausbildung/'
 */
export const languagePageTypes = (examples: ExampleEntries = realExamples) =>
  ({
    start: (lang: LocaleCode) => routes.home(lang),
    guideIndex: (lang: LocaleCode) => routes.section(lang, 'guides'),
    guide: (lang: LocaleCode) => routes.entry(lang, 'guides', examples.guide),
    eventList: (lang: LocaleCode) => routes.section(lang, 'events'),
    /** The list filtered by district and format (a page of its own for every combination). */
    eventFilter: (lang: LocaleCode) =>
      routes.eventFilter(lang, { district: 'magdeburg', format: 'praesenz', language: 'alle' }),
    event: (lang: LocaleCode) => routes.entry(lang, 'events', examples.event),
    eventToBeAnnounced: (lang: LocaleCode) => routes.entry(lang, 'events', examples.eventToBeAnnounced),
    /** Past events, newest first. */
    eventArchive: (lang: LocaleCode) => routes.eventArchive(lang),
    partnerIndex: (lang: LocaleCode) => routes.section(lang, 'partners'),
    /** The partners for one district, grouped by station. */
    partnerDistrict: (lang: LocaleCode) => routes.partnersInDistrict(lang, examples.district),
    partner: (lang: LocaleCode) => routes.entry(lang, 'partners', examples.partner),
    /** Contacts per district (none known yet). */
    partnerInEveryDistrict: (lang: LocaleCode) => routes.entry(lang, 'partners', examples.partnerInEveryDistrict),
    stationIndex: (lang: LocaleCode) => routes.section(lang, 'stations'),
    station: (lang: LocaleCode) => routes.station(lang, 1),
    questionnaire: (lang: LocaleCode) => routes.questionnaire(lang),
    /** A result: the station with its guide pages, partners, district chooser and dates. */
    questionnaireResult: (lang: LocaleCode) => routes.questionnaire(lang, 'station-1'),
    /** A legal text: translations say that the German one is binding (same template as every page). */
    legalPage: (lang: LocaleCode) => routes.entry(lang, 'pages', 'impressum'),
    /** The longest legal text. */
    privacyPolicy: (lang: LocaleCode) => routes.entry(lang, 'pages', 'datenschutz'),
    parents: (lang: LocaleCode) => routes.entry(lang, 'pages', 'fuer-eltern'),
    /** Text, SVG charts with data tables and the map of the 2025 places. */
    campaign: (lang: LocaleCode) => routes.entry(lang, 'pages', 'kampagne'),
    glossaryIndex: (lang: LocaleCode) => routes.section(lang, 'glossary'),
    glossaryEntry: (lang: LocaleCode) => routes.entry(lang, 'glossary', examples.glossaryEntry),
    /** "Words from my letter": pasted German text, its glossary words explained on the device. */
    glossaryLetter: (lang: LocaleCode) => routes.glossaryLetter(lang),
    notFound: (lang: LocaleCode) => routes.notFound(lang),
    /** What the offline copy shows without internet for a page that is not saved. */
    offline: (lang: LocaleCode) => routes.offlinePage(lang),
    search: (lang: LocaleCode) => routes.search(lang),
    /** QR code, posters and ready-to-send messages for multipliers. */
    material: (lang: LocaleCode) => routes.material(lang),
  }) as const;

export type PageType = keyof ReturnType<typeof languagePageTypes>;

/** The page types of the real content. */
export const pageTypes = languagePageTypes();

/** Pages outside the language folders. */
export const languageNeutralPages = { chooser: routes.chooser(), sharedNotFound: routes.sharedNotFound() } as const;

/** Pages that exist in German only, by nature. */
export const germanOnlyPages = {
  easyLanguageIndex: routes.section('de', 'leichte-sprache'),
  easyLanguagePage: routes.entry('de', 'leichte-sprache', 'ausbildung-kurz-erklaert'),
} as const;

/** Print views (their own sheet-only shell): an A4 poster in German and bilingual ones in Arabic and Ukrainian. */
export const printPages = [
  { name: 'poster (de)', path: routes.eventPrint('de', realExamples.eventToBeAnnounced, 'plakat') },
  { name: 'bilingual poster (ar)', path: routes.eventPrint('ar', realExamples.eventToBeAnnounced, 'plakat', true) },
  { name: 'bilingual flyer (uk)', path: routes.eventPrint('uk', realExamples.eventToBeAnnounced, 'flyer', true) },
] as const;

/**
 * Reading helps: a translated entry's text beside its German original (`…/mit-deutsch/`). German has
 * none, so they are apart from the page types; they exist in these languages.
 */
export const readingHelpTypes = {
  guideWithGerman: (lang: LocaleCode) => routes.readingHelp(lang, 'guides', realExamples.guide),
  glossaryEntryWithGerman: (lang: LocaleCode) => routes.readingHelp(lang, 'glossary', realExamples.glossaryEntry),
  stationWithGerman: (lang: LocaleCode) => routes.readingHelp(lang, 'stations', '1'),
  eventWithGerman: (lang: LocaleCode) => routes.readingHelp(lang, 'events', realExamples.event),
} as const;
export const readingHelpLanguages = localeCodes.filter((code) => code !== defaultLocale);
