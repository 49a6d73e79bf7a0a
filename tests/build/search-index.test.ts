/**
 * The search index in the built site: one index per language, only content
 * entries in it (no lists, navigation, fallbacks), and no search code on any
 * page but the search page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/core/locales.ts';
import { readPagefindFile } from '../../src/integrations/pagefindCodec.ts';
import { routes } from '../../src/lib/routes.ts';
import { builtPages, distDir } from './dist.ts';

const pages = builtPages();

describe('the search index', () => {
  const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number; hash: string }>;
  };

  it('has one index per language, each with every content page of that language', () => {
    expect(Object.keys(entry.languages).sort()).toEqual([...localeCodes].sort());
    for (const lang of localeCodes) {
      const indexed = pages.filter((p) => p.path.startsWith(`/${lang}/`) && p.html.includes('data-pagefind-body'));
      expect(entry.languages[lang]!.page_count, lang).toBe(indexed.length);
      expect(indexed.length).toBeGreaterThan(50);
    }
  });

  it('indexes content entries only: not lists, search, 404s or the language chooser', () => {
    const indexed = pages.filter((p) => p.html.includes('data-pagefind-body')).map((p) => p.path);
    for (const path of indexed) {
      expect(path).toMatch(
        /^\/[a-z]{2}\/(ausbildung|glossar|veranstaltungen|partner|stationen|leichte-sprache)\/[a-z0-9-]+\/$|^\/[a-z]{2}\/[a-z0-9-]+\/$/,
      );
    }
    for (const lang of localeCodes) {
      for (const path of [
        routes.home(lang),
        routes.section(lang, 'glossary'),
        routes.search(lang),
        routes.notFound(lang),
      ]) {
        expect(indexed, path).not.toContain(path);
      }
    }
    expect(indexed).not.toContain('/');
  });

  it('gives every indexed page its type, and events their date and town', () => {
    for (const page of pages.filter((p) => p.html.includes('data-pagefind-body'))) {
      expect(page.html, page.path).toMatch(/data-pagefind-filter="type:(guide|glossary|event|station|partner|page)"/);
    }
    const event = pages.find((p) => p.path === '/ar/veranstaltungen/auftakt-magdeburg-2025/')!.html;
    expect(event).toMatch(/data-pagefind-meta="date:[^"]*2025"/);
    expect(event).toContain('data-pagefind-meta="town:Magdeburg"');
    expect(event).toMatch(/data-pagefind-meta="ends:2025-06-2\dT/);
  });

  it('loads no search code on any page at load time: only the search page has its small script', () => {
    const searchPages = new Set(localeCodes.map((lang) => routes.search(lang)));
    for (const page of pages.filter((p) => !searchPages.has(p.path))) {
      expect(page.html, page.path).not.toContain('/pagefind/');
    }
    for (const lang of localeCodes) {
      const search = pages.find((p) => p.path === routes.search(lang))!.html;
      expect(search).toMatch(/<form[^>]*action="\/[a-z]{2}\/suche\/"[^>]*method="get"[^>]*role="search"/);
      // Pagefind is imported by the page's script when the reader searches – never a <script src> or preload.
      expect(search).not.toMatch(/<(script|link)[^>]+\/pagefind\//);
    }
    expect(existsSync(join(distDir, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('is cut into small word chunks (≤ 10 KB gzip), each listed once, that together cover every term', () => {
    const listed = new Set<string>();
    for (const lang of localeCodes) {
      const meta = readPagefindFile(join(distDir, `pagefind/pagefind.${entry.languages[lang]!.hash}.pf_meta`));
      const chunks = (meta as unknown[])[2] as [string, string, string][];
      expect(chunks.length, lang).toBeGreaterThan(3);
      expect(chunks[0]![0], 'the first chunk starts below every word').toBe('');
      expect(chunks.at(-1)![1], 'the last chunk ends above every word').toBe(String.fromCodePoint(0x10ffff));
      chunks.forEach(([from, , hash], i) => {
        if (i > 0)
          expect(from, `${lang} chunk ${i} starts right after the one before`).toBe(`${chunks[i - 1]![1]}\u0000`);
        const file = join(distDir, 'pagefind/index', `${hash}.pf_index`);
        expect(statSync(file).size, file).toBeLessThanOrEqual(10_000);
        listed.add(`${hash}.pf_index`);
      });
    }
    expect(new Set(readdirSync(join(distDir, 'pagefind/index')))).toEqual(listed);
  });
});
