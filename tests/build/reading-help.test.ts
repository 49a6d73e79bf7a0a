/**
 * The reading help in the built site: every translated guide page, glossary entry, station and
 * event has its view with the German text beside it, linked from the entry page and back; German
 * pages and German fallbacks have none; the views point search engines to the entry pages, stay out
 * of the sitemap and fit the size budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes, locales, type LocaleCode } from '../../src/core/locales.ts';
import { absoluteUrl, localeFromPath, readingHelpCollections, routes, sectionOf } from '../../src/lib/routes.ts';
import { siteUrl } from '../../src/core/site.ts';
import { budgets, measurePage } from '../../scripts/size-report.ts';
import { builtPageMap, distDir, readPage } from './dist.ts';

const { pages, page } = builtPageMap();

/** Every built entry page of the four collections: its language, collection and slug. */
const entryPages = [...pages.keys()].flatMap((path) => {
  const match = path.match(/^\/([a-z]{2})\/([a-z-]+)\/([^/]+)\/$/);
  const collection = readingHelpCollections.find((c) => sectionOf[c] === match?.[2]);
  if (!match || !collection) return [];
  // An entry is a German file (the section's other pages – the event archive, paged lists – are not).
  if (!existsSync(resolve(import.meta.dirname, '../../content', collection, defaultLocale, `${match[3]}.md`)))
    return [];
  return [{ path, lang: match[1] as LocaleCode, collection, slug: match[3]! }];
});
const isTranslated = (path: string) =>
  page(path).doc.first('main')!.attribute('lang') === locales[localeFromPath(path)!].bcp47;
const views = [...pages.keys()].filter((path) => path.endsWith('/mit-deutsch/'));

describe('which entries have a reading help', () => {
  it('finds the entry pages of the guide, glossary, stations and events in every language', () => {
    for (const collection of readingHelpCollections) {
      for (const lang of localeCodes) {
        expect(entryPages.filter((e) => e.collection === collection && e.lang === lang).length).toBeGreaterThan(0);
      }
    }
  });

  it('every translated entry has its view, linked from the entry page; German pages have none', () => {
    const expected: string[] = [];
    for (const { path, lang, collection, slug } of entryPages) {
      const view = routes.readingHelp(lang, collection, slug);
      const links = page(path).doc.all(`main a[href="${view}"]`);
      if (lang !== defaultLocale && isTranslated(path)) {
        expected.push(view);
        expect(pages.has(view), `${view} is built`).toBe(true);
        expect(links, `${path} links its reading help`).toHaveLength(1);
      } else {
        expect(pages.has(view), `${view} is not built`).toBe(false);
        expect(page(path).doc.all('.reading-help-link'), path).toEqual([]);
      }
    }
    expect(views.toSorted()).toEqual(expected.toSorted());
    // 7 guide parts, 46 words, 4 stations, 2 events – in four languages.
    expect(views.length).toBeGreaterThanOrEqual((7 + 40 + 4 + 2) * 4);
  });
});

describe('each reading help', () => {
  it.each(views)('%s: pairs in the reader’s language and German, the way back, canonical to the entry page', (path) => {
    const lang = localeFromPath(path)!;
    const entry = path.slice(0, -'mit-deutsch/'.length);
    const { doc } = page(path);
    expect(doc.first('link[rel="canonical"]')?.attribute('href')).toBe(absoluteUrl(entry, siteUrl()));
    expect(doc.meta('robots')).toBe('noindex');
    expect(doc.all('link[rel="alternate"][hreflang]')).toEqual([]);
    expect(doc.all(`main a[href="${entry}"]`).length).toBeGreaterThan(0);
    // No search index entry: the entry page is the one to find.
    expect(doc.all('[data-pagefind-body]')).toEqual([]);

    const pairs = doc.all('main .pair').filter((pair) => !pair.hasClass('pair-head'));
    // The title, the summary and at least one block of the text.
    expect(pairs.length).toBeGreaterThanOrEqual(3);
    for (const pair of pairs) {
      const [translated, german, ...rest] = pair.children;
      expect(rest).toEqual([]);
      expect(translated!.attributes).toMatchObject({ lang: locales[lang].bcp47, dir: locales[lang].dir });
      expect(german!.attributes).toMatchObject({ lang: 'de', dir: 'ltr' });
      expect(german!.text.trim(), `${path}: German beside "${translated!.text.slice(0, 40)}"`).not.toBe('');
      expect(translated!.text.trim()).not.toBe('');
    }
    expect(doc.all('main h1')).toHaveLength(1);
    // The German copy adds no ids (the page's ids stay unique) and keeps the reader in their language.
    const ids = doc.all('[id]').map((e) => e.attribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    for (const link of doc.all('main .pair__de a[href^="/"]')) {
      expect(
        link.attribute('href')!.startsWith(`/${lang}/`) || link.attribute('href')!.startsWith('/de/leichte-sprache/'),
      ).toBe(true);
    }
  });

  it('language switcher: German leads to the German entry page, other languages to their reading help', () => {
    const path = routes.readingHelp('ar', 'guides', 'was-ist-eine-ausbildung');
    const targets = page(path)
      .doc.all('.language-switcher a')
      .map((a) => a.attribute('href'));
    expect(targets).toEqual(
      localeCodes.map((code) =>
        code === defaultLocale
          ? routes.entry(code, 'guides', 'was-ist-eine-ausbildung')
          : routes.readingHelp(code, 'guides', 'was-ist-eine-ausbildung'),
      ),
    );
    for (const view of views) {
      for (const link of page(view).doc.all('.language-switcher a, .translation-notice a')) {
        expect(pages.has(link.attribute('href')!), `${view} → ${link.attribute('href')}`).toBe(true);
      }
    }
  });

  it('real content pairs block by block everywhere (the translations follow the German structure)', () => {
    const roughly = views.filter((view) => page(view).doc.first('.reading-help__notice'));
    expect(roughly).toEqual([]);
  });

  it('fits the size budget of a content page (HTML + CSS gzip)', () => {
    const sizes = views.map((view) => {
      const { html, css } = measurePage(distDir, view);
      return { view, bytes: html.gzip + css.gzip };
    });
    const over = sizes.filter((s) => s.bytes > budgets.htmlPlusCssGzip);
    expect(over).toEqual([]);
  });
});

describe('the sitemap', () => {
  it('lists the entry pages, not their reading helps', () => {
    const sitemap = readdirSync(distDir)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(distDir, f), 'utf8'))
      .join('\n');
    expect(sitemap).toContain(`${routes.entry('ar', 'guides', 'was-ist-eine-ausbildung')}</loc>`);
    expect(sitemap).not.toContain('/mit-deutsch/');
  });
});

describe('with a missing translation (the example build)', () => {
  const examples = resolve(import.meta.dirname, '../../dist-examples');
  const built = existsSync(join(examples, 'index.html'));
  // `beispiel-halle` exists in German and Arabic only: English, Russian and Ukrainian readers get German.
  it('offers no reading help where the reader gets the German text', () => {
    expect(built, 'run EXAMPLE_EVENTS=1 npm run build first (the test command does)').toBe(true);
    const view = (lang: LocaleCode) =>
      join(examples, routes.readingHelp(lang, 'events', 'beispiel-halle'), 'index.html');
    expect(existsSync(view('ar'))).toBe(true);
    expect(readPage(examples, routes.entry('ar', 'events', 'beispiel-halle')).all('.reading-help-link')).toHaveLength(
      1,
    );
    for (const lang of ['en', 'ru', 'uk'] as const) {
      expect(existsSync(view(lang)), lang).toBe(false);
      expect(
        readPage(examples, routes.entry(lang, 'events', 'beispiel-halle')).all('.reading-help-link'),
        lang,
      ).toEqual([]);
    }
  });
});
