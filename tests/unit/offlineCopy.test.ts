import { describe, expect, it } from 'vitest';
import {
  formatMegabytes,
  isEventListPath,
  isEventPagePath,
  isSavedPagePath,
  offlineCacheName,
  totalOf,
} from '../../src/lib/offlineCopy.ts';
import { isInSitemap, routes } from '../../src/lib/routes.ts';

describe('which pages a language’s offline copy holds', () => {
  it('the start page, the offline page, the guide, the glossary and the stations, section pages and entries', () => {
    for (const path of [
      '/ar/',
      '/ar/offline/',
      '/ar/ausbildung/',
      '/ar/ausbildung/was-ist-eine-ausbildung/',
      '/ar/glossar/',
      '/ar/glossar/ihk/',
      '/ar/stationen/',
      '/ar/stationen/3/',
      '/ar/veranstaltungen/',
      '/ar/veranstaltungen/seite/2/',
    ]) {
      expect(isSavedPagePath('ar', path), path).toBe(true);
    }
  });

  it('not the other languages, partners, search, the archive, filtered lists or print views', () => {
    for (const path of [
      '/de/ausbildung/',
      '/ar/partner/',
      '/ar/partner/lamsa/',
      '/ar/suche/',
      '/ar/veranstaltungen/archiv/',
      '/ar/veranstaltungen/auswahl/harz/alle/alle/',
      '/ar/veranstaltungen/online-beratung/plakat/',
      '/ar/ausbildung/x/y/',
      '/ar/kampagne/',
    ]) {
      expect(isSavedPagePath('ar', path), path).toBe(false);
    }
  });

  it('event pages are told apart from the list’s own pages (saved when the list links them)', () => {
    expect(isEventPagePath('uk', '/uk/veranstaltungen/online-beratung/')).toBe(true);
    for (const path of [
      '/uk/veranstaltungen/',
      '/uk/veranstaltungen/archiv/',
      '/uk/veranstaltungen/seite/',
      '/uk/veranstaltungen/x/flyer/',
      '/uk/veranstaltungen/kalender.ics',
      '/de/veranstaltungen/x/',
    ]) {
      expect(isEventPagePath('uk', path), path).toBe(false);
    }
    expect(isEventListPath('uk', routes.section('uk', 'events'))).toBe(true);
    expect(isEventListPath('uk', '/uk/veranstaltungen/archiv/seite/2/')).toBe(false);
  });

  it('one cache per language', () => {
    expect(new Set(['de', 'en', 'ar', 'ru', 'uk'].map((l) => offlineCacheName(l as 'de')))).toHaveProperty('size', 5);
  });

  it('the offline page is not for search engines', () => {
    expect(isInSitemap(routes.offlinePage('ru'), new Set())).toBe(false);
    expect(isInSitemap(routes.home('ru'), new Set())).toBe(true);
  });
});

describe('the size a reader is told', () => {
  it('is megabytes with one decimal, rounded up, in the reader’s language', () => {
    expect(formatMegabytes(1_234_567, 'de')).toBe('1,3 MB');
    expect(formatMegabytes(1_200_000, 'en')).toBe('1.2 MB');
    expect(formatMegabytes(1_200_001, 'en')).toBe('1.3 MB');
    expect(formatMegabytes(426_000, 'ru')).toBe('0,5 МБ');
    // Latin digits, and the word phones show rather than the rare abbreviation.
    expect(formatMegabytes(426_000, 'ar')).toBe('0.5 ميغابايت');
  });

  it('is never "0"', () => {
    expect(formatMegabytes(1, 'uk')).toBe('0,1 МБ');
  });

  it('adds up the files, counting pages apart', () => {
    expect(
      totalOf([
        { url: '/ar/', bytes: 10, gzip: 4, hash: 'a' },
        { url: '/favicon.svg', bytes: 5, gzip: 3, hash: 'b' },
      ]),
    ).toEqual({ files: 2, pages: 1, bytes: 15, gzip: 7 });
  });
});
