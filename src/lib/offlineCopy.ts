/**
 * The offline copy of a language, saved on the reader's phone only when they ask ("save this language
 * for reading without internet"): which pages belong to it, what the build's manifest of it says, and
 * how its size is stated. The build writes the manifest (`src/integrations/offlineCopy.ts`), the
 * service worker (`src/browser/serviceWorker.ts`) downloads and serves what it lists.
 */
import { locales, type LocaleCode } from '../core/locales.ts';
import { noFilter } from './events/eventFilters.ts';
import { reservedEventSlugs, routes, type SectionCollection } from './routes.ts';

/** One file of the copy. `gzip` is what a server sends (zlib level 6), `bytes` what the phone stores. */
export interface OfflineFile {
  url: string;
  bytes: number;
  gzip: number;
  /** The content's SHA-256, shortened: an update downloads only the files whose hash changed. */
  hash: string;
}

export interface OfflineManifest {
  lang: LocaleCode;
  /** Changes whenever a file of the copy changes (the hash of all files' hashes). */
  version: string;
  /** The Cache Storage cache the copy lives in. */
  cacheName: string;
  /** Shown offline for a page of this language that is not saved. */
  offlinePage: string;
  /** The pages first, then the files they load (icon, scripts), each once. */
  files: OfflineFile[];
  total: { files: number; pages: number; bytes: number; gzip: number };
}

/**
 * One cache per language, so deleting one language's copy leaves the others.
 *
 * @example offlineCacheName('ar') // 'offline-copy-ar'
 */
export const offlineCacheName = (lang: LocaleCode) => `offline-copy-${lang}`;

/** The sections saved whole: the section page and every entry page in it. */
const wholeSections: readonly SectionCollection[] = ['guides', 'glossary', 'stations'];

const oneSegment = /^[^/.]+\/$/;

/**
 * Pages of the copy that the build finds by their path: the start page, the offline page, the guide,
 * the glossary and the stations (section pages and every entry), and the event list with its later
 * pages. Event pages are saved when a list page links them (upcoming events only, see
 * `isEventPagePath`).
 *
 * @example isSavedPagePath('ar', '/ar/glossar/ihk/') // true
 * @example isSavedPagePath('ar', '/ar/partner/') // false
 */
export function isSavedPagePath(lang: LocaleCode, path: string): boolean {
  if (path === routes.home(lang) || path === routes.offlinePage(lang)) return true;
  for (const collection of wholeSections) {
    const section = routes.section(lang, collection);
    if (path === section || (path.startsWith(section) && oneSegment.test(path.slice(section.length)))) return true;
  }
  return isEventListPath(lang, path);
}

/**
 * The unfiltered event list and its later pages (`seite/2/`, …).
 *
 * @example isEventListPath('de', '/de/veranstaltungen/seite/2/') // true
 */
export function isEventListPath(lang: LocaleCode, path: string): boolean {
  const later = /\/seite\/(\d+)\/$/.exec(path);
  return (
    path === routes.eventFilter(lang, noFilter) ||
    (!!later && path === routes.eventFilter(lang, noFilter, Number(later[1])))
  );
}

/**
 * An event's own page (not its print views, the archive or the filtered lists).
 *
 * @example isEventPagePath('de', '/de/veranstaltungen/online-beratung/') // true
 * @example isEventPagePath('de', '/de/veranstaltungen/archiv/') // false
 */
export function isEventPagePath(lang: LocaleCode, path: string): boolean {
  const section = routes.section(lang, 'events');
  if (!path.startsWith(section)) return false;
  const rest = path.slice(section.length);
  const slug = rest.slice(0, -1);
  return oneSegment.test(rest) && !(reservedEventSlugs as readonly string[]).includes(slug);
}

/** The sum of a copy's files, pages counted apart (a page's URL ends with `/`). */
export function totalOf(files: readonly OfflineFile[]): OfflineManifest['total'] {
  return {
    files: files.length,
    pages: files.filter((f) => f.url.endsWith('/')).length,
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    gzip: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}

/**
 * A size for readers who pay for data: megabytes with one decimal, rounded up (never "0", never
 * less than it is), in the reader's language and digits.
 *
 * @example formatMegabytes(1_234_567, 'de') // '1,3 MB'
 * @example formatMegabytes(20_000, 'en') // '0.1 MB'
 */
export function formatMegabytes(bytes: number, lang: LocaleCode): string {
  const megabytes = Math.max(0.1, Math.ceil(bytes / 100_000) / 10);
  return new Intl.NumberFormat(locales[lang].intl, {
    style: 'unit',
    unit: 'megabyte',
    // Arabic's short form (م.ب) is little known; the word (ميغابايت) is what phones show.
    unitDisplay: lang === 'ar' ? 'long' : 'short',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(megabytes);
}

/**
 * What a page writes where the copy's sizes go. The pages are built before their sizes are known (the
 * sizes include those very pages), so the build fills these in afterwards (`src/integrations/offlineCopy.ts`).
 */
export const offlineSizeTokens = { download: '%OFFLINE_DOWNLOAD%', storage: '%OFFLINE_STORAGE%' } as const;
