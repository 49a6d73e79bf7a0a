/**
 * The one owner of the site's URLs. Pages, components, the sitemap rule, the
 * host configuration and the tests build paths here and nowhere else, so a
 * renamed section or folder changes once.
 *
 * Path segments are German and the same in every language: a link copied from
 * the Arabic page and typed from a poster differs only in `/ar/`.
 */
import { isLocaleCode, localeCodes, type LocaleCode } from '../core/locales.ts';
import { isUnfiltered, type EventFilter } from './events/eventFilters.ts';

/** The print views of an event: an A4 poster and an A6 flyer. */
export const printLayouts = ['plakat', 'flyer'] as const;
export type PrintLayout = (typeof printLayouts)[number];

/** Print views have their own sheet-only shell and are not listed in the sitemap. */
export const isPrintView = (path: string) =>
  new RegExp(`/veranstaltungen/[^/]+/(${printLayouts.join('|')})(-zweisprachig)?/?$`).test(path);

/**
 * Folders of the built site besides the language folders, as a host serves them
 * (hostConfig gives each its caching; the search page loads Pagefind from one).
 */
export const siteFolders = {
  /** Hashed scripts and styles from Astro's build: never change under their name. */
  assets: '/_astro/',
  /** Pagefind's index, rewritten by every build. */
  searchIndex: '/pagefind/',
  /** Preview images for shared links. */
  shareImages: '/og/',
  /** The CMS. */
  admin: '/admin/',
  /** Short links from posters (`/e/<id>/`). */
  shortLinks: '/e/',
} as const;

/** Pagefind's entry script, imported by the search page when a reader searches. */
export const searchIndexScript = `${siteFolders.searchIndex}pagefind.js`;

/** Paths that serve pages: the language chooser, the shared 404, the language folders and short links. */
export const pagePaths = (): string[] => [
  '/',
  '/index.html',
  routes.sharedNotFound(),
  ...localeCodes.map((code) => `/${code}/`),
  siteFolders.shortLinks,
];

/** The page a saved language shows offline for pages not saved: not for search engines. */
const isOfflinePage = (path: string) => {
  const lang = localeFromPath(path);
  return lang !== undefined && path === routes.offlinePage(lang);
};

/**
 * What the sitemap lists: reader-facing pages in their own language. Not the chooser or pages that
 * only show the German text (`germanFallbacks`), not 404s or the offline page, filtered event views (noindex:
 * the plain list is what search engines should show), the CMS, short links, print views or reading helps
 * (they point to the entry pages, which are listed).
 */
export function isInSitemap(path: string, germanFallbacks: ReadonlySet<string>): boolean {
  return (
    path !== '/' &&
    !germanFallbacks.has(path) &&
    !/\/404\/?$/.test(path) &&
    !isOfflinePage(path) &&
    !path.includes('/veranstaltungen/auswahl/') &&
    !path.startsWith(siteFolders.admin) &&
    !path.startsWith(siteFolders.shortLinks) &&
    !isPrintView(path) &&
    !isReadingHelpView(path)
  );
}

/**
 * A list's later pages live under `seite/<n>/`; the first page is the list itself. The rest
 * parameter of a page file that serves both (`[...page].astro`): `seite/2`, or none.
 */
export const listPageParam = (page: number) => (page > 1 ? `seite/${page}` : undefined);
const pagePath = (page: number) => (page > 1 ? `${listPageParam(page)}/` : '');

/**
 * Names in the events section taken by the list's own pages and files
 * (`auswahl/`, `archiv/`, `seite/`, `kalender.ics`); no event file may be named so.
 */
export const reservedEventSlugs = ['auswahl', 'archiv', 'seite', 'kalender', 'feed'] as const;

/** Names in the glossary section taken by its own pages (the letter box); no glossary file may be named so. */
export const reservedGlossarySlugs = ['mein-brief'] as const;

/** Collections that have a page per entry, and the section each lives in. */
export const sectionOf = {
  guides: 'ausbildung',
  glossary: 'glossar',
  events: 'veranstaltungen',
  partners: 'partner',
  stations: 'stationen',
  'leichte-sprache': 'leichte-sprache',
} as const;
export type SectionCollection = keyof typeof sectionOf;
export type RoutedCollection = SectionCollection | 'pages';

/**
 * Entries of `pages` that have a page of their own under `src/pages/[lang]/`
 * (the campaign page draws charts and a map below its text); the generic
 * `[slug]` page leaves them out.
 */
export const pagesWithOwnRoute = ['kampagne'] as const;

/**
 * The reading help: an entry's text in the reader's language, paragraph by paragraph beside the
 * German original (`/ar/ausbildung/<slug>/mit-deutsch/`). Only these collections have it, and only
 * where a translation exists.
 */
export const readingHelpSegment = 'mit-deutsch';
export const readingHelpCollections = ['guides', 'glossary', 'stations', 'events'] as const;
export type ReadingHelpCollection = (typeof readingHelpCollections)[number];

/** Is this the reading help of an entry? Such views point to the entry page and are not in the sitemap. */
export const isReadingHelpView = (path: string) =>
  new RegExp(
    `^/[^/]+/(${readingHelpCollections.map((c) => sectionOf[c]).join('|')})/[^/]+/${readingHelpSegment}/?$`,
  ).test(path);

/**
 * The query word that marks a reader's own request for the language chooser (`/?sprachen`):
 * the server never forwards it by the browser's languages, nor does the chooser's script.
 */
export const chooserMarker = 'sprachen';

export const routes = {
  /**
   * The language chooser at `/`: where an unmarked visit is forwarded to the browser's language
   * when it is one of the five (nginx by `Accept-Language`, elsewhere the chooser's script).
   */
  chooser: () => '/',
  /** The chooser as the reader asks for it ("All languages"): never forwarded. */
  allLanguages: () => `/?${chooserMarker}`,
  home: (lang: LocaleCode) => `/${lang}/`,
  section: (lang: LocaleCode, collection: SectionCollection) => `/${lang}/${sectionOf[collection]}/`,
  /**
   * @example routes.entry('ar', 'guides', 'was-ist-eine-ausbildung') // '/ar/ausbildung/was-ist-eine-ausbildung/'
   * @example routes.entry('de', 'pages', 'impressum') // '/de/impressum/'
   */
  entry: (lang: LocaleCode, collection: RoutedCollection, slug: string) =>
    collection === 'pages' ? `/${lang}/${slug}/` : `/${lang}/${sectionOf[collection]}/${slug}/`,
  /** Per-language "not found" page, for hosts that map errors by path prefix; `/404.html` covers the rest. */
  /**
   * The event list filtered by district, format and language; the unfiltered list is the section page.
   * Pages after the first add `seite/<n>/`.
   *
   * @example routes.eventFilter('ar', { district: 'halle-saale', format: 'alle', language: 'ar' }) // '/ar/veranstaltungen/auswahl/halle-saale/alle/ar/'
   * @example routes.eventFilter('de', noFilter, 3) // '/de/veranstaltungen/seite/3/'
   */
  eventFilter: (lang: LocaleCode, filter: EventFilter, page = 1) =>
    (isUnfiltered(filter)
      ? `/${lang}/veranstaltungen/`
      : `/${lang}/veranstaltungen/auswahl/${filter.district}/${filter.format}/${filter.language}/`) + pagePath(page),
  /**
   * Past events, newest first, a page at a time.
   *
   * @example routes.eventArchive('uk', 2) // '/uk/veranstaltungen/archiv/seite/2/'
   */
  eventArchive: (lang: LocaleCode, page = 1) => `/${lang}/veranstaltungen/archiv/${pagePath(page)}`,
  /** One event as an iCalendar file ("add to calendar"). */
  eventCalendar: (lang: LocaleCode, slug: string) => `/${lang}/veranstaltungen/${slug}.ics`,
  /** All upcoming events of one language, for calendar subscriptions. */
  calendar: (lang: LocaleCode) => `/${lang}/veranstaltungen/kalender.ics`,
  /**
   * A station's page; a station's file name is its number.
   *
   * @example routes.station('ar', 1) // '/ar/stationen/1/'
   */
  station: (lang: LocaleCode, station: number) => `/${lang}/stationen/${station}/`,
  /**
   * "Which station is right for me?": the first question, a later question, or a result.
   *
   * @example routes.questionnaire('uk') // '/uk/welche-station/'
   * @example routes.questionnaire('uk', 'ziel') // '/uk/welche-station/ziel/'
   */
  questionnaire: (lang: LocaleCode, step?: string) =>
    step ? `/${lang}/welche-station/${step}/` : `/${lang}/welche-station/`,
  /**
   * The partners for one district (statewide ones included), grouped by station.
   *
   * @example routes.partnersInDistrict('de', 'halle-saale') // '/de/partner/region/halle-saale/'
   */
  partnersInDistrict: (lang: LocaleCode, districtSlug: string) => `/${lang}/partner/region/${districtSlug}/`,
  /**
   * An event's print view: an A4 poster or an A6 flyer, in one language or with German beside it.
   *
   * @example routes.eventPrint('ar', 'x', 'plakat', true) // '/ar/veranstaltungen/x/plakat-zweisprachig/'
   */
  eventPrint: (lang: LocaleCode, slug: string, layout: PrintLayout, bilingual = false) =>
    `/${lang}/veranstaltungen/${slug}/${layout}${bilingual ? '-zweisprachig' : ''}/`,
  /**
   * The reading help of a translated entry: its text beside the German original, paragraph by paragraph.
   *
   * @example routes.readingHelp('ar', 'guides', 'x') // '/ar/ausbildung/x/mit-deutsch/'
   */
  readingHelp: (lang: LocaleCode, collection: ReadingHelpCollection, slug: string) =>
    `${routes.entry(lang, collection, slug)}${readingHelpSegment}/`,
  /** An event page's QR code as an SVG file, for print shops and notice boards. */
  eventQrCode: (lang: LocaleCode, slug: string) => `/${lang}/veranstaltungen/${slug}/qr-code.svg`,
  /** The start page's QR code as an SVG file. */
  homeQrCode: (lang: LocaleCode) => `/${lang}/qr-code.svg`,
  /** A guide page's QR code as an SVG file (the share block shows it in each language). */
  guideQrCode: (lang: LocaleCode, slug: string) => `/${lang}/ausbildung/${slug}/qr-code.svg`,
  /**
   * A questionnaire result's QR code as an SVG file (the result card to take along).
   *
   * @example routes.questionnaireQrCode('de', 'station-3') // '/de/welche-station/station-3/qr-code.svg'
   */
  questionnaireQrCode: (lang: LocaleCode, step: string) => `/${lang}/welche-station/${step}/qr-code.svg`,
  /** Material for multipliers: QR codes, posters, ready-to-send messages. */
  material: (lang: LocaleCode) => `/${lang}/material/`,
  /**
   * The short link of an event, typed from a poster: German without a language, others with.
   *
   * @example routes.shortEvent('k7m2p') // '/e/k7m2p/'
   * @example routes.shortEvent('k7m2p', 'ar') // '/e/k7m2p/ar/'
   */
  shortEvent: (id: string, lang?: LocaleCode) =>
    `${siteFolders.shortLinks}${id}/${lang && lang !== 'de' ? `${lang}/` : ''}`,
  /** Atom feed of upcoming events per language. */
  feed: (lang: LocaleCode) => `/${lang}/veranstaltungen/feed.xml`,
  notFound: (lang: LocaleCode) => `/${lang}/404/`,
  /** The "not found" page for everything outside the language folders. */
  sharedNotFound: () => '/404.html',
  /**
   * "Words from my letter": the reader pastes German text, the glossary words in it are explained
   * on the device.
   *
   * @example routes.glossaryLetter('ar') // '/ar/glossar/mein-brief/'
   */
  glossaryLetter: (lang: LocaleCode) => `/${lang}/glossar/mein-brief/`,
  /** The glossary words the letter box looks for, in one language: fetched when the reader first uses the box. */
  glossaryLetterWords: (lang: LocaleCode) => `/${lang}/glossar/mein-brief/woerter.json`,
  /** The search page; `?q=` carries the words, so the header form works without JavaScript. */
  search: (lang: LocaleCode) => `/${lang}/suche/`,
  /**
   * The offline copy of a language (saved only when the reader asks): the list of its files with their
   * sizes, written by the build (`src/integrations/offlineCopy.ts`), and the page the service worker
   * shows offline for a page that is not saved.
   */
  offlineManifest: (lang: LocaleCode) => `/${lang}/offline.json`,
  offlinePage: (lang: LocaleCode) => `/${lang}/offline/`,
  /** The service worker of the offline copy, registered per language folder (scope `/<lang>/`). */
  serviceWorker: () => '/sw.js',
  /** The code behind the offline copy's buttons, loaded on the first tap (one file for all languages). */
  offlineScript: () => '/offline-copy.js',
} as const;

/**
 * The language a path belongs to, or undefined for language-neutral paths (`/`, `/404.html`).
 *
 * @example localeFromPath('/ru/partner/lamsa/') // 'ru'
 */
export function localeFromPath(pathname: string): LocaleCode | undefined {
  const first = pathname.split('/')[1];
  return isLocaleCode(first) ? first : undefined;
}

/**
 * The same page in another language: swaps the language segment, keeps the rest.
 *
 * @example switchLocalePath('/de/ausbildung/x/', 'uk') // '/uk/ausbildung/x/'
 * @throws on a path outside the language folders, which has no language versions.
 */
export function switchLocalePath(pathname: string, lang: LocaleCode): string {
  const current = localeFromPath(pathname);
  if (!current) throw new Error(`"${pathname}" is not inside a language folder (${localeCodes.join(', ')}).`);
  return `/${lang}${pathname.slice(current.length + 1)}`;
}

/** @example absoluteUrl('/de/', new URL('https://example.org')) // 'https://example.org/de/' */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
