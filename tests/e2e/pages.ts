/** One page of each type, built from the routes module, for the browser tests. */
import { localeCodes, type LocaleCode } from '../../src/i18n/locales';
import { routes } from '../../src/lib/routes';

export const pageTypes = {
  start: (lang: LocaleCode) => routes.home(lang),
  guideIndex: (lang: LocaleCode) => routes.section(lang, 'guides'),
  guide: (lang: LocaleCode) => routes.entry(lang, 'guides', 'was-ist-eine-ausbildung'),
  eventList: (lang: LocaleCode) => routes.section(lang, 'events'),
  event: (lang: LocaleCode) => routes.entry(lang, 'events', 'auftakt-magdeburg-2025'),
  /** The weekly online consultation: its weekday and time are not published yet. */
  eventToBeAnnounced: (lang: LocaleCode) => routes.entry(lang, 'events', 'online-beratung'),
  partnerIndex: (lang: LocaleCode) => routes.section(lang, 'partners'),
  partner: (lang: LocaleCode) => routes.entry(lang, 'partners', 'kausa-landesstelle-sachsen-anhalt'),
  page: (lang: LocaleCode) => routes.entry(lang, 'pages', 'datenschutz'),
  /** The Impressum exists only in German: the other languages show the fallback. */
  fallbackPage: (lang: LocaleCode) => routes.entry(lang, 'pages', 'impressum'),
  notFound: (lang: LocaleCode) => routes.notFound(lang),
} as const;

/** Every page type in every language, plus the two language-neutral pages. */
export const allPages: { name: string; path: string; lang?: LocaleCode }[] = [
  { name: 'language chooser', path: routes.chooser() },
  { name: 'shared 404', path: '/404.html' },
  ...localeCodes.flatMap((lang) =>
    Object.entries(pageTypes).map(([name, path]) => ({ name: `${name} (${lang})`, path: path(lang), lang })),
  ),
];
