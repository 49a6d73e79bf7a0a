/**
 * The December 2026 fact audit (`../shared/reviews/fact-audit-2026-12.md`), re-checked
 * on the German source: each claim it found wrong, outdated or invented stays
 * corrected, and the fragile links it flagged stay gone. Translations follow the
 * German (`npm run check:translations` fails on any that does not).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/lib/content/translationReport.ts';

const content = resolve(import.meta.dirname, '../../content');
const read = (file: string) => readFileSync(join(content, file), 'utf8');
/** What readers see of a file: its front matter without the editors' note, and its text. */
const visible = (file: string) => read(file).replace(/^editorialNote: .*$/m, '');
const allFiles = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
const german = allFiles.filter((f) => f.split('/')[1] === 'de');

describe('fact audit 2026-12: wrong, outdated and invented claims stay corrected', () => {
  it.each([
    // [audit number, file, claim that must be gone, what must be said instead]
    ['146', 'partners/de/jugendberufsagentur.md', 'Die erste Veranstaltung der Kampagne', 'erste Präsenzveranstaltung'],
    ['156', 'partners/de/welcomecenter-sachsen-anhalt.md', 'Auszubildende aus dem Ausland', 'ziehen oder zurückkommen'],
    ['161', 'events/de/auftakt-magdeburg-2025.md', 'Nach dem Auftakt fanden', 'Mit dem Auftakt begannen die 13'],
    [
      '165',
      'leichte-sprache/de/ueber-diese-seite.md',
      'Mehr junge Menschen sollen',
      'die nach Deutschland gekommen sind',
    ],
    [
      '37',
      'guides/de/unterstuetzung.md',
      'Es gibt Kurse für verschiedene Sprachniveaus',
      'Welche Kurse es gibt, ändert sich',
    ],
    ['98', 'glossary/de/berufssprachkurs.md', 'B2 oder C1', 'zurzeit ausgesetzt'],
    ['109', 'glossary/de/integrationskurs.md', undefined, 'Seit Februar 2026'],
    ['143', 'partners/de/jobcenter.md', 'die Bürgergeld bekommen', 'Grundsicherungsgeld, früher Bürgergeld'],
    ['154', 'partners/de/ministerium-arbeit-soziales.md', 'leitet die Kampagne', 'ins Leben gerufen'],
    ['12', 'guides/de/geld-in-der-ausbildung.md', undefined, 'Für Ausbildungen, die 2027 beginnen'],
    ['49', 'guides/de/aufenthalt-und-ausbildung.md', undefined, 'Stand dieser Seite'],
  ])('#%s %s', (_number, file, gone, said) => {
    const text = visible(file);
    if (gone) expect(text).not.toContain(gone);
    expect(text).toContain(said);
  });

  it('#157: partners are matched to stations as a topic recommendation, not as who staffs a stand', async () => {
    const de = (await import('../../src/i18n/ui/de.json')).default as Record<string, string>;
    expect(de['partners.stations']).not.toMatch(/^Berät an/);
    expect(de['partners.intro']).toContain('Empfehlung');
  });

  it('no German page says the Berufsberatung is free (not found on an official page)', () => {
    const claims = german.filter((f) =>
      /Berufsberatung[^.]*kostenlos|kostenlos[^.]*Berufsberatung|berät Sie kostenlos/.test(visible(f)),
    );
    expect(claims).toEqual([]);
  });

  it('the fragile links the audit flagged are gone in every language', () => {
    const fragile = [
      'integrationsbeauftragte.de/Webs/',
      'https://www.kmk.org/',
      'altmarkkreis-salzwedel.de/desktopdefault',
      'https://www.eu-gleichbehandlungsstelle.de/\n',
    ];
    const left = allFiles.filter((f) => fragile.some((url) => read(f).includes(url)));
    expect(left).toEqual([]);
  });

  it('every German partner contact detail names the page it comes from', () => {
    for (const file of german.filter((f) => f.startsWith('partners/'))) {
      const data = readFrontMatter(read(file))!;
      if (data.email || data.phone || data.address || data.whatsapp || data.openingHours) {
        expect((data.contactSource as { url?: string } | undefined)?.url, file).toMatch(/^https:\/\//);
      }
    }
  });
});
