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
import { routes } from '../../src/lib/routes.ts';
import { attr, builtPageMap, mainOf, tags } from './dist.ts';

const { pages, page } = builtPageMap();
const main = mainOf;
const guideSlugs = [...pages.keys()].filter((p) => /^\/de\/ausbildung\/[^/]+\/$/.test(p)).map((p) => p.split('/')[3]!);
const glossarySlugs = [...pages.keys()].filter((p) => /^\/de\/glossar\/[^/]+\/$/.test(p)).map((p) => p.split('/')[3]!);

describe('the guide', () => {
  it('has seven parts, each in all five languages', () => {
    expect(guideSlugs).toHaveLength(7);
  });

  for (const lang of localeCodes) {
    it.each(guideSlugs)(`%s (${lang}): glossary links, sources, last checked, next steps, the way on`, (slug) => {
      const html = main(page(routes.entry(lang, 'guides', slug)));
      const glossaryLinks = tags(html, /<a href="\/[a-z]{2}\/glossar\/[^"]+" class="glossary-link">/g);
      expect(glossaryLinks.length, 'links to the glossary').toBeGreaterThan(0);
      for (const link of glossaryLinks) expect(attr(link, 'href')).toMatch(new RegExp(`^/${lang}/glossar/`));
      // Each term is linked once, at its first use.
      expect(new Set(glossaryLinks).size).toBe(glossaryLinks.length);
      expect(html).toMatch(/<h2 id="sources-heading"/);
      expect(tags(html, /<a href="https:\/\/[^"]+" lang="de"/g).length).toBeGreaterThan(0);
      expect(html).toMatch(/<h2 id="next-steps-heading"/);
      expect(html).toMatch(/<nav class="series-nav"/);
    });
  }

  it('never links a glossary term inside a heading or another link', () => {
    for (const [path, html] of pages) {
      if (!path.includes('/ausbildung/')) continue;
      expect(main(html)).not.toMatch(/<h[1-6][^>]*>(?:(?!<\/h[1-6]>)[\s\S])*glossary-link/);
    }
  });
});

describe('the glossary', () => {
  it('explains at least 40 German words', () => {
    expect(glossarySlugs.length).toBeGreaterThanOrEqual(40);
  });

  it.each(localeCodes)('lists every word on its index page, A–Z by the German word (%s)', (lang) => {
    const html = main(page(routes.section(lang, 'glossary')));
    for (const slug of glossarySlugs) expect(html).toContain(`href="${routes.entry(lang, 'glossary', slug)}"`);
    const terms = [...html.matchAll(/<dt><a [^>]*><bdi lang="de">([^<]+)<\/bdi>/g)].map((m) => m[1]!);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'de', { sensitivity: 'base' })));
  });

  it.each(localeCodes)(
    'shows the German word as printed, marked German, with its meaning in the language (%s)',
    (lang) => {
      const html = main(page(routes.entry(lang, 'glossary', 'ausbildungsvertrag')));
      expect(html).toMatch(/<h1[^>]*><bdi lang="de"[^>]*>Ausbildungsvertrag<\/bdi>/);
      expect(attr(html.match(/<main[^>]*>/)![0], 'lang')).toBe(locales[lang].bcp47);
      if (lang !== 'de') expect(html).toMatch(/class="glossary-translation"/);
      // The guide pages that use the word are listed, found in their text.
      expect(html).toContain(`href="${routes.entry(lang, 'guides', 'was-ist-eine-ausbildung')}"`);
    },
  );
});

describe('the campaign page', () => {
  it.each(localeCodes)('gives the 2025 results as text, four charts with data tables and a map (%s)', (lang) => {
    const html = main(page(routes.entry(lang, 'pages', 'kampagne')));
    for (const figure of [results2025.events, results2025.participants, 225, 145, 45, 18]) {
      expect(html).toMatch(new RegExp(`\\b${figure}\\b`));
    }
    expect(tags(html, /<figure class="bar-chart"/g)).toHaveLength(4);
    expect(tags(html, /<table class="data-table[" ]/g)).toHaveLength(5);
    const map = html.match(/<figure class="campaign-map"[\s\S]*?<\/svg>/)![0];
    expect(map).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="map-caption"/);
    expect(tags(map, /<path class="campaign-map__land"/g)).toHaveLength(1);
    expect(tags(map, /<(?:rect|circle) /g)).toHaveLength(places2025.length);
    // Bars start on the reading side: from the right in Arabic.
    const firstBar = html.match(/<figure class="bar-chart"[\s\S]*?<rect x="([\d.]+)"[^>]*width="([\d.]+)"/)!;
    const [x, width] = [Number(firstBar[1]), Number(firstBar[2])];
    if (locales[lang].dir === 'rtl') expect(x + width).toBe(100);
    else expect(x).toBe(0);
  });
});

describe('legal texts', () => {
  it.each(localeCodes.filter((l) => l !== 'de'))(
    'say in the translation that the German text is binding (%s)',
    (lang) => {
      for (const slug of ['impressum', 'datenschutz', 'barrierefreiheit']) {
        const html = main(page(routes.entry(lang, 'pages', slug)));
        expect(html).toMatch(
          new RegExp(`<p class="binding-notice[^"]*" role="note"[^>]*>[^<]*<a href="/de/${slug}/" hreflang="de"`),
        );
      }
    },
  );

  it('do not say so in German, and explanatory pages never', () => {
    expect(page('/de/impressum/')).not.toContain('class="binding-notice');
    expect(page('/ar/fuer-eltern/')).not.toContain('class="binding-notice');
  });
});

describe('Leichte Sprache', () => {
  it('exists in German only, linked from every start page', () => {
    expect([...pages.keys()].filter((p) => p.includes('/leichte-sprache/')).every((p) => p.startsWith('/de/'))).toBe(
      true,
    );
    expect(pages.has('/de/leichte-sprache/')).toBe(true);
    for (const lang of localeCodes) expect(main(page(routes.home(lang)))).toContain('href="/de/leichte-sprache/"');
  });

  it('sends the language switcher to the other languages’ start pages', () => {
    const html = page('/de/leichte-sprache/ausbildung-kurz-erklaert/');
    for (const lang of localeCodes.filter((l) => l !== 'de')) {
      expect(html).toMatch(new RegExp(`<a href="/${lang}/" hreflang="${locales[lang].bcp47}"`));
    }
  });
});

describe('the start page', () => {
  it.each(localeCodes)(
    'links the guide’s first four steps, the parents’ page and the campaign directly (%s)',
    (lang) => {
      const html = main(page(routes.home(lang)));
      const steps = html.match(/<ol class="first-steps[^"]*"[^>]*>[\s\S]*?<\/ol>/)![0];
      expect(tags(steps, new RegExp(`<a href="/${lang}/ausbildung/[^"]+/"`, 'g'))).toHaveLength(4);
      for (const slug of [
        'was-ist-eine-ausbildung',
        'geld-in-der-ausbildung',
        'voraussetzungen',
        'ausbildungsplatz-finden',
      ]) {
        expect(steps).toContain(`href="${routes.entry(lang, 'guides', slug)}"`);
      }
      expect(html).toContain(`href="${routes.entry(lang, 'pages', 'fuer-eltern')}"`);
      expect(html).toContain(`href="${routes.entry(lang, 'pages', 'kampagne')}"`);
    },
  );
});

describe('translation notices (example build)', () => {
  const examples = resolve(import.meta.dirname, '../../dist-examples');
  const read = (path: string) => readFileSync(join(examples, path, 'index.html'), 'utf8');
  const built = existsSync(join(examples, 'index.html'));

  it('tells the reader above the text when the translation follows an older German text', () => {
    expect(built, 'run EXAMPLE_EVENTS=1 npm run build first (the test command does)').toBe(true);
    const outdated = read('en/beispiel-geaenderter-text');
    expect(outdated).toMatch(
      /<main[^>]*>\s*<p class="translation-notice[^"]*" role="note"[^>]*>[\s\S]*?20 November 2026[\s\S]*?<a href="\/de\/beispiel-geaenderter-text\/" hreflang="de"/,
    );
    expect(read('de/beispiel-geaenderter-text')).not.toContain('class="translation-notice');
  });

  it('leaves German fallback pages out of the sitemap', () => {
    const sitemap = readFileSync(join(examples, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/de/beispiel-nur-auf-deutsch/</loc>');
    expect(sitemap).not.toContain('/en/beispiel-nur-auf-deutsch/</loc>');
    expect(read('en/beispiel-nur-auf-deutsch')).toContain('class="fallback-notice');
  });
});
