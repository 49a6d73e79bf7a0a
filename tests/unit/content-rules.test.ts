/**
 * Rules the real content must keep, read from the files: every guide page has
 * an official source and a plausible "last checked" date; the glossary is
 * complete; nothing is translated without its German source's term.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { districtNames } from '../../src/core/districts.ts';
import { localeCodes } from '../../src/core/locales.ts';
import { readFrontMatter, translationReport } from '../../src/lib/content/translationReport.ts';

const content = resolve(import.meta.dirname, '../../content');
const today = new Date().toISOString().slice(0, 10);
const filesIn = (collection: string, lang: string) =>
  readdirSync(join(content, collection, lang))
    .filter((f) => f.endsWith('.md'))
    .map((file) => ({
      file: `content/${collection}/${lang}/${file}`,
      data: readFrontMatter(readFileSync(join(content, collection, lang, file), 'utf8'))!,
    }));
const dateOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

describe('the guide', () => {
  const guides = localeCodes.flatMap((lang) => filesIn('guides', lang));

  it.each(guides.map((g) => [g.file, g.data]))(
    '%s has an official https source and was checked, not in the future',
    (_file, data) => {
      const sources = data.sources as { url: string }[];
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) expect(source.url).toMatch(/^https:\/\//);
      expect(dateOf(data.lastChecked)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(dateOf(data.lastChecked) <= today).toBe(true);
    },
  );

  it('has the seven parts in order, the same in every language', () => {
    const orders = filesIn('guides', 'de')
      .map((g) => g.data.order as number)
      .sort((a, b) => a - b);
    expect(orders).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('the glossary', () => {
  it('explains at least 40 German words in each of the five languages', () => {
    for (const lang of localeCodes) expect(filesIn('glossary', lang).length, lang).toBeGreaterThanOrEqual(40);
  });

  it('keeps the German word in every language (a reader looks it up as printed)', () => {
    const glossaryProblems = translationReport(content).problems.filter((p) => p.file.startsWith('content/glossary/'));
    expect(glossaryProblems).toEqual([]);
  });
});

describe('completeness', () => {
  it('every guide, glossary and page entry exists in all five languages', () => {
    expect(translationReport(content).problems).toEqual([]);
  });
});

describe('stations and partners', () => {
  it('has the four stations, named 1 to 4, in every language', () => {
    for (const lang of localeCodes)
      expect(filesIn('stations', lang).map((s) => s.file.split('/').pop())).toEqual(['1.md', '2.md', '3.md', '4.md']);
  });

  it('every station has partners who advise on it', () => {
    const partners = filesIn('partners', 'de');
    for (const station of [1, 2, 3, 4])
      expect(
        partners.filter((p) => (p.data.stations as number[] | undefined)?.includes(station)).length,
      ).toBeGreaterThan(0);
  });

  // The district list is the events' one: every district finds exactly one chamber of each kind and an employment agency.
  it.each(districtNames)('%s has one IHK, one Handwerkskammer and an Agentur für Arbeit', (district) => {
    const regional = filesIn('partners', 'de').filter(
      (p) => p.data.coverage === 'regional' && (p.data.districts as string[]).includes(district),
    );
    const slugs = regional.map((p) => p.file.split('/').pop()!.replace(/\.md$/, ''));
    expect(slugs.filter((s) => s.startsWith('ihk-'))).toHaveLength(1);
    expect(slugs.filter((s) => s.startsWith('hwk-'))).toHaveLength(1);
    expect(slugs.filter((s) => s.startsWith('agentur-fuer-arbeit-'))).toHaveLength(1);
  });

  it('names every campaign partner the seed lists', () => {
    const names = filesIn('partners', 'de').map((p) => String(p.data.name));
    for (const expected of [
      'KAUSA',
      'LAMSA',
      'Agentur für Arbeit',
      'Jobcenter',
      'Jugendberufsagentur',
      'Ausländerbehörde',
      'Industrie- und Handelskammer',
      'Handwerkskammer',
      'WelcomeCenter',
      'IQ',
      'BemA',
      'Ministerium',
    ])
      expect(
        names.some((n) => n.includes(expected)),
        expected,
      ).toBe(true);
  });
});
