/** One page of each type, built from the routes module, for the browser tests. */
import { localeCodes, type LocaleCode } from '../../src/core/locales.ts';
import { routes } from '../../src/lib/routes.ts';

export const pageTypes = {
  start: (lang: LocaleCode) => routes.home(lang),
  guideIndex: (lang: LocaleCode) => routes.section(lang, 'guides'),
  guide: (lang: LocaleCode) => routes.entry(lang, 'guides', 'was-ist-eine-ausbildung'),
  eventList: (lang: LocaleCode) => routes.section(lang, 'events'),
  event: (lang: LocaleCode) => routes.entry(lang, 'events', 'auftakt-magdeburg-2025'),
  /** The weekly online consultation: its weekday and time are not published yet. */
  eventToBeAnnounced: (lang: LocaleCode) => routes.entry(lang, 'events', 'online-beratung'),
  /** Past events, newest first. */
  eventArchive: (lang: LocaleCode) => routes.eventArchive(lang),
  partnerIndex: (lang: LocaleCode) => routes.section(lang, 'partners'),
  /** The partners for one district, grouped by station. */
  partnerDistrict: (lang: LocaleCode) => routes.partnersInDistrict(lang, 'harz'),
  partner: (lang: LocaleCode) => routes.entry(lang, 'partners', 'kausa-landesstelle-sachsen-anhalt'),
  /** A partner with an office in every district (contacts per district, none known yet). */
  partnerInEveryDistrict: (lang: LocaleCode) => routes.entry(lang, 'partners', 'auslaenderbehoerde'),
  stationIndex: (lang: LocaleCode) => routes.section(lang, 'stations'),
  station: (lang: LocaleCode) => routes.station(lang, 1),
  questionnaire: (lang: LocaleCode) => routes.questionnaire(lang),
  /** A result: the station with its guide pages, partners, district chooser and dates. */
  questionnaireResult: (lang: LocaleCode) => routes.questionnaire(lang, 'station-1'),
  /** A legal text: translations say that the German one is binding (same template as every page). */
  legalPage: (lang: LocaleCode) => routes.entry(lang, 'pages', 'impressum'),
  parents: (lang: LocaleCode) => routes.entry(lang, 'pages', 'fuer-eltern'),
  /** Text, SVG charts with data tables and the map of the 2025 places. */
  campaign: (lang: LocaleCode) => routes.entry(lang, 'pages', 'kampagne'),
  glossaryIndex: (lang: LocaleCode) => routes.section(lang, 'glossary'),
  glossaryEntry: (lang: LocaleCode) => routes.entry(lang, 'glossary', 'ausbildungsvertrag'),
  notFound: (lang: LocaleCode) => routes.notFound(lang),
  search: (lang: LocaleCode) => routes.search(lang),
  /** QR code, posters and ready-to-send messages for multipliers. */
  material: (lang: LocaleCode) => routes.material(lang),
} as const;

/** Print views (their own sheet-only shell): an A4 poster in German and a bilingual one in Arabic. */
export const printPages = [
  { name: 'poster (de)', path: routes.eventPrint('de', 'online-beratung', 'plakat') },
  { name: 'bilingual poster (ar)', path: routes.eventPrint('ar', 'online-beratung', 'plakat', true) },
  { name: 'bilingual flyer (uk)', path: routes.eventPrint('uk', 'online-beratung', 'flyer', true) },
] as const;

/** Pages that exist in German only, by nature. */
export const germanOnlyPages = {
  easyLanguageIndex: routes.section('de', 'leichte-sprache'),
  easyLanguagePage: routes.entry('de', 'leichte-sprache', 'ausbildung-kurz-erklaert'),
} as const;

/**
 * The pages axe checks: every page type in German (left to right) and Arabic
 * (right to left), and the pages with the most language-dependent text in all
 * five. The templates are the same in every language, so this covers both
 * directions and every script without scanning the same markup five times
 * (the privacy, reflow and shell tests still visit every page type in every language).
 */
const checkedInEveryLanguage = new Set(['start', 'guide', 'search', 'questionnaireResult']);
/**
 * Page types whose markup another checked type already covers in Arabic (same template, same
 * components): checked in German only, to keep the suite fast on a busy machine.
 */
const sameTemplateAs = new Set(['questionnaire', 'partnerInEveryDistrict', 'eventToBeAnnounced', 'legalPage']);
export const axePages = [
  { name: 'language chooser', path: routes.chooser() },
  { name: 'shared 404', path: '/404.html' },
  ...Object.entries(germanOnlyPages).map(([name, path]) => ({ name: `${name} (de)`, path })),
  ...printPages,
  ...localeCodes.flatMap((lang) =>
    Object.entries(pageTypes)
      .filter(
        ([name]) => lang === 'de' || (lang === 'ar' && !sameTemplateAs.has(name)) || checkedInEveryLanguage.has(name),
      )
      .map(([name, path]) => ({ name: `${name} (${lang})`, path: path(lang) })),
  ),
];

/** Every page type in every language, plus the language-neutral and German-only pages. */
export const allPages: { name: string; path: string; lang?: LocaleCode }[] = [
  { name: 'language chooser', path: routes.chooser() },
  { name: 'shared 404', path: '/404.html' },
  ...Object.entries(germanOnlyPages).map(([name, path]) => ({ name: `${name} (de)`, path, lang: 'de' as const })),
  ...localeCodes.flatMap((lang) =>
    Object.entries(pageTypes).map(([name, path]) => ({ name: `${name} (${lang})`, path: path(lang), lang })),
  ),
];
