/**
 * The reader's content in the built site: the guide with its glossary links,
 * sources and next steps; the glossary in every language; the campaign page
 * with its figures, charts and map; legal texts; Leichte Sprache; and the
 * notices for outdated and missing translations (in the example build).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { places2025, results2025 } from '../../src/data/campaign.ts';
import { localeCodes, locales } from '../../src/core/locales.ts';
import { reservedGlossarySlugs, routes } from '../../src/lib/routes.ts';
import type { HtmlElement } from '../../src/lib/formats/htmlDocument.ts';
import { builtPageMap, readPage } from './dist.ts';

const { pages, page } = builtPageMap();
/** A page's `<main>`: what the reader came for. */
const main = (path: string) => page(path).doc.first('main')!;
const hrefs = (element: HtmlElement, selector = 'a[href]') =>
  element.all(selector).map((link) => link.attribute('href')!);
/** The element's first content, if it is an element matching `selector`. */
const startsWith = (element: HtmlElement, selector: string) => {
  const [first] = element.contents;
  return typeof first === 'string' || !first?.is(selector) ? undefined : first;
};
const guideSlugs = [...pages.keys()].filter((p) => /^\/de\/ausbildung\/[^/]+\/$/.test(p)).map((p) => p.split('/')[3]!);
// The glossary's own pages (the letter box) are not words.
const glossarySlugs = [...pages.keys()]
  .filter((p) => /^\/de\/glossar\/[^/]+\/$/.test(p))
  .map((p) => p.split('/')[3]!)
  .filter((slug) => !(reservedGlossarySlugs as readonly string[]).includes(slug));

describe('the guide', () => {
  it('has seven parts, each in all five languages', () => {
    expect(guideSlugs).toHaveLength(7);
  });

  for (const lang of localeCodes) {
    it.each(guideSlugs)(`%s (${lang}): glossary links, sources, last checked, next steps, the way on`, (slug) => {
      const html = main(routes.entry(lang, 'guides', slug));
      const glossaryLinks = hrefs(html, 'a.glossary-link');
      expect(glossaryLinks.length, 'links to the glossary').toBeGreaterThan(0);
      for (const href of glossaryLinks) expect(href).toMatch(new RegExp(`^/${lang}/glossar/`));
      // Each term is linked once, at its first use.
      expect(new Set(glossaryLinks).size).toBe(glossaryLinks.length);
      expect(html.first('h2#sources-heading')).toBeDefined();
      expect(html.all('a[href^="https://"][lang="de"]').length).toBeGreaterThan(0);
      expect(html.first('h2#next-steps-heading')).toBeDefined();
      expect(html.first('nav.series-nav')).toBeDefined();
    });
  }

  it('never links a glossary term inside a heading or another link', () => {
    const inHeadings = [1, 2, 3, 4, 5, 6].map((level) => `h${level} .glossary-link`).join(', ');
    for (const path of pages.keys()) {
      if (!path.includes('/ausbildung/')) continue;
      expect(hrefs(main(path), inHeadings), path).toEqual([]);
    }
  });
});

describe('the glossary', () => {
  it('explains at least 40 German words', () => {
    expect(glossarySlugs.length).toBeGreaterThanOrEqual(40);
  });

  it.each(localeCodes)('lists every word on its index page, A–Z by the German word (%s)', (lang) => {
    const html = main(routes.section(lang, 'glossary'));
    for (const slug of glossarySlugs) expect(hrefs(html)).toContain(routes.entry(lang, 'glossary', slug));
    const terms = html.all('dt > a > bdi[lang="de"]').map((term) => term.text);
    expect(terms.length).toBe(glossarySlugs.length);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'de', { sensitivity: 'base' })));
  });

  it.each(localeCodes)(
    'shows the German word as printed, marked German, with its meaning in the language (%s)',
    (lang) => {
      const html = main(routes.entry(lang, 'glossary', 'ausbildungsvertrag'));
      expect(startsWith(html.first('h1')!, 'bdi[lang="de"]')?.text).toBe('Ausbildungsvertrag');
      expect(html.attribute('lang')).toBe(locales[lang].bcp47);
      if (lang !== 'de') expect(html.first('.glossary-translation')).toBeDefined();
      // The guide pages that use the word are listed, found in their text.
      expect(hrefs(html)).toContain(routes.entry(lang, 'guides', 'was-ist-eine-ausbildung'));
    },
  );
});

describe('the campaign page', () => {
  it.each(localeCodes)('gives the 2025 results as text, four charts with data tables and a map (%s)', (lang) => {
    const html = main(routes.entry(lang, 'pages', 'kampagne'));
    // Table cells follow each other without white space: their texts are words of their own.
    const words = html.all('p, li, th, td, dd, dt, figcaption, caption').map((e) => e.text);
    for (const figure of [results2025.events, results2025.participants, 225, 145, 45, 18]) {
      expect(
        words.some((text) => new RegExp(`\\b${figure}\\b`).test(text)),
        String(figure),
      ).toBe(true);
    }
    expect(html.all('figure.bar-chart')).toHaveLength(4);
    expect(html.all('table.data-table')).toHaveLength(5);
    const map = html.first('figure.campaign-map svg')!;
    expect(map.is('svg[role="img"][aria-labelledby="map-caption"]')).toBe(true);
    expect(map.all('path.campaign-map__land')).toHaveLength(1);
    expect(map.all('rect, circle')).toHaveLength(places2025.length);
    // Bars start on the reading side: from the right in Arabic.
    const firstBar = html.first('figure.bar-chart rect[x][width]')!;
    const [x, width] = [Number(firstBar.attribute('x')), Number(firstBar.attribute('width'))];
    if (locales[lang].dir === 'rtl') expect(x + width).toBe(100);
    else expect(x).toBe(0);
  });
});

describe('legal texts', () => {
  it.each(localeCodes.filter((l) => l !== 'de'))(
    'say in the translation that the German text is binding (%s)',
    (lang) => {
      for (const slug of ['impressum', 'datenschutz', 'barrierefreiheit']) {
        const notice = main(routes.entry(lang, 'pages', slug)).first('p.binding-notice[role="note"]');
        expect(notice?.first(`a[href="/de/${slug}/"][hreflang="de"]`), slug).toBeDefined();
      }
    },
  );

  it('do not say so in German, and explanatory pages never', () => {
    expect(page('/de/impressum/').doc.all('.binding-notice')).toEqual([]);
    expect(page('/ar/fuer-eltern/').doc.all('.binding-notice')).toEqual([]);
  });
});

describe('Leichte Sprache', () => {
  it('exists in German only, linked from every start page', () => {
    expect([...pages.keys()].filter((p) => p.includes('/leichte-sprache/')).every((p) => p.startsWith('/de/'))).toBe(
      true,
    );
    expect(pages.has('/de/leichte-sprache/')).toBe(true);
    for (const lang of localeCodes) expect(hrefs(main(routes.home(lang)))).toContain('/de/leichte-sprache/');
  });

  it('sends the language switcher to the other languages’ start pages', () => {
    const { doc } = page('/de/leichte-sprache/ausbildung-kurz-erklaert/');
    for (const lang of localeCodes.filter((l) => l !== 'de')) {
      expect(doc.first(`a[href="/${lang}/"][hreflang="${locales[lang].bcp47}"]`), lang).toBeDefined();
    }
  });
});

describe('the start page', () => {
  it.each(localeCodes)(
    'links the guide’s first four steps, the parents’ page and the campaign directly (%s)',
    (lang) => {
      const html = main(routes.home(lang));
      const steps = hrefs(html.first('ol.first-steps')!);
      expect(steps.filter((href) => new RegExp(`^/${lang}/ausbildung/[^/]+/$`).test(href))).toHaveLength(4);
      for (const slug of [
        'was-ist-eine-ausbildung',
        'geld-in-der-ausbildung',
        'voraussetzungen',
        'ausbildungsplatz-finden',
      ]) {
        expect(steps).toContain(routes.entry(lang, 'guides', slug));
      }
      expect(hrefs(html)).toContain(routes.entry(lang, 'pages', 'fuer-eltern'));
      expect(hrefs(html)).toContain(routes.entry(lang, 'pages', 'kampagne'));
    },
  );
});

describe('translation notices (example build)', () => {
  const examples = resolve(import.meta.dirname, '../../dist-examples');
  const read = (path: string) => readPage(examples, path);
  const built = existsSync(join(examples, 'index.html'));

  it('tells the reader above the text when the translation follows an older German text', () => {
    expect(built, 'run EXAMPLE_EVENTS=1 npm run build first (the test command does)').toBe(true);
    const notice = startsWith(read('en/beispiel-geaenderter-text').first('main')!, 'p.translation-notice[role="note"]');
    expect(notice?.text).toContain('20 November 2026');
    expect(notice?.first('a[href="/de/beispiel-geaenderter-text/"][hreflang="de"]')).toBeDefined();
    expect(read('de/beispiel-geaenderter-text').all('.translation-notice')).toEqual([]);
  });

  it('leaves German fallback pages out of the sitemap', () => {
    const sitemap = readFileSync(join(examples, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/de/beispiel-nur-auf-deutsch/</loc>');
    expect(sitemap).not.toContain('/en/beispiel-nur-auf-deutsch/</loc>');
    expect(read('en/beispiel-nur-auf-deutsch').first('.fallback-notice')).toBeDefined();
  });
});
