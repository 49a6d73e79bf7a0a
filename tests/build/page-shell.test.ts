/**
 * What every built page promises in its markup: language and direction, one
 * h1, canonical and hreflang, OpenGraph locale, and the German fallback rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes, locales } from '../../src/core/locales.ts';
import { fallbackPaths } from '../../src/lib/content/contentFiles.ts';
import {
  isPrintView,
  isReadingHelpView,
  localeFromPath,
  readingHelpSegment,
  routes,
  switchLocalePath,
} from '../../src/lib/routes.ts';
import { builtPages, distDir } from './dist.ts';

const site = 'http://localhost:4321';
const pages = builtPages();
// Posters and flyers are sheets to print, without header or footer (tests/e2e/sharing.spec.ts).
const languagePages = pages.filter((p) => localeFromPath(p.path) && !isPrintView(p.path));
const fallbacks = new Set(fallbackPaths('content'));

describe('the page shell of every page in a language folder', () => {
  it('covers all five languages with the same set of pages (Leichte Sprache is German only, reading helps are not German)', () => {
    const pathsPer = localeCodes.map((lang) =>
      languagePages
        .filter(
          (p) =>
            p.path.startsWith(`/${lang}/`) &&
            !p.path.startsWith(routes.section('de', 'leichte-sprache')) &&
            !isReadingHelpView(p.path),
        )
        .map((p) => p.path.slice(3)),
    );
    for (const paths of pathsPer) expect(paths).toEqual(pathsPer[0]);
    expect(pathsPer[0]!.length).toBeGreaterThan(8);
  });

  it.each(languagePages.map((p) => [p.path, p] as const))('%s', (path, { doc }) => {
    const lang = localeFromPath(path)!;
    expect(doc.root.attribute('lang')).toBe(locales[lang].bcp47);
    expect(doc.root.attribute('dir')).toBe(locales[lang].dir);

    expect(doc.all('main')).toHaveLength(1);
    const main = doc.first('main')!;
    expect(main.all('h1')).toHaveLength(1);
    expect(doc.all('h1')).toHaveLength(1);
    // The skip link is the header landmark's first content (nothing may sit outside a landmark).
    const [firstInHeader] = doc.first('header.site-header')!.contents;
    expect(typeof firstInHeader !== 'string' && firstInHeader?.is('a.skip-link[href="#main"]')).toBe(true);
    expect(doc.meta('description')?.length).toBeGreaterThanOrEqual(20);

    const canonical = doc.first('link[rel="canonical"]')?.attribute('href');
    const alternates = doc
      .all('link[rel="alternate"][hreflang]')
      .map((link) => [link.attribute('hreflang'), link.attribute('href')]);
    const ogLocale = doc.meta('og:locale');

    if (fallbacks.has(path)) {
      // German text under another language: say so, mark it German, point search engines to the original.
      expect(main.attribute('lang')).toBe('de');
      expect(main.attribute('dir')).toBe('ltr');
      expect(canonical).toBe(site + switchLocalePath(path, 'de'));
      expect(main.all(`p.fallback-notice[role="note"][lang="${locales[lang].bcp47}"]`)).toHaveLength(1);
      expect(alternates).toEqual([]);
      expect(ogLocale).toBe('de_DE');
    } else if (isReadingHelpView(path)) {
      // Another view of the entry page (tests/build/reading-help.test.ts): search engines get the entry page.
      expect(main.attribute('lang')).toBe(locales[lang].bcp47);
      expect(canonical).toBe(site + path.slice(0, -`${readingHelpSegment}/`.length));
      expect(alternates).toEqual([]);
      expect(ogLocale).toBe(locales[lang].ogLocale);
    } else {
      expect(main.attribute('lang')).toBe(locales[lang].bcp47);
      expect(canonical).toBe(site + path);
      expect(main.all('[class*="fallback-notice"]')).toEqual([]);
      const hreflangs = alternates.map(([h]) => h);
      expect(hreflangs).toContain('x-default');
      expect(hreflangs).toContain(locales[lang].bcp47);
      expect(hreflangs).toContain('de');
      expect(ogLocale).toBe(locales[lang].ogLocale);
      expect(doc.metas('og:locale:alternate').length).toBe(hreflangs.length - 2);
    }
  });

  it('fully translated pages link all five languages plus x-default', () => {
    const home = languagePages.find((p) => p.path === '/ar/')!.doc;
    const hreflangs = home.all('link[rel="alternate"][hreflang]').map((link) => link.attribute('hreflang'));
    expect(hreflangs).toEqual(['de', 'en', 'ar', 'ru', 'uk', 'x-default']);
  });
});

describe('the headings of every built page', () => {
  it.each(pages.map((p) => [p.path, p] as const))('%s starts with its h1', (path, { doc }) => {
    const levels = doc.headings().map((heading) => heading.level);
    // Pages without headings are redirects (short links) and the language chooser's fallback.
    if (levels.length > 0) expect(levels[0], path).toBe(1);
  });
});

describe('the sitemap', () => {
  const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

  it('lists every language page except 404s, offline pages, German fallbacks, filtered lists and reading helps', () => {
    const expected = languagePages
      .map((p) => p.path)
      .filter(
        (p) =>
          !fallbacks.has(p) &&
          !p.includes('/404/') &&
          !p.includes('/veranstaltungen/auswahl/') &&
          !isReadingHelpView(p) &&
          p !== routes.offlinePage(localeFromPath(p)!),
      );
    expect(locs.sort()).toEqual(expected.sort());
  });

  it('gives each URL its language alternates', () => {
    const entry = sitemap.match(/<url><loc>http:\/\/localhost:4321\/ru\/ausbildung\/<\/loc>[\s\S]*?<\/url>/)![0];
    const hreflangs = [...entry.matchAll(/hreflang="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(hreflangs).toEqual([...localeCodes].sort());
  });

  it('is named in robots.txt', () => {
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(
      /^Sitemap: http:\/\/localhost:4321\/sitemap-index\.xml$/m,
    );
  });
});

describe('the published build', () => {
  it('contains none of the invented example events', () => {
    const examples = pages.filter((p) => p.path.includes('/beispiel-') || p.doc.first('.example-banner'));
    expect(examples.map((p) => p.path)).toEqual([]);
  });
});
