import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { translationReport } from '../../src/lib/content/translationReport.ts';
import { isTranslationOutdated } from '../../src/lib/content/translationFreshness.ts';

const dir = mkdtempSync(join(tmpdir(), 'sawd-translations-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, text: string) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

const guide = (extra: string) => `---\ntitle: T\n${extra}\n---\nText\n`;
write('guides/de/a.md', guide('updated: 2026-11-20'));
write('guides/en/a.md', guide('translatedFrom: 2026-11-20'));
write('guides/ar/a.md', guide('translatedFrom: 2026-10-01'));
write('guides/ru/a.md', '\n'); // what Decap writes for a locale left blank
write('guides/uk/a.md', guide(''));
write('glossary/de/probezeit.md', '---\nterm: Probezeit\naliases: []\n---\n');
for (const lang of ['en', 'ru']) write(`glossary/${lang}/probezeit.md`, '---\nterm: Probezeit\naliases: []\n---\n');
write('glossary/uk/probezeit.md', '---\nterm: Випробувальний термін\naliases: []\n---\n');
write('events/de/e.md', '---\ntitle: E\n---\n');
// What Decap writes for a language whose texts were left blank: the copied facts only.
write('events/ar/e.md', "---\nformat: online\ntitle: ''\n---\n");
write('events/ru/e.md', '---\ntitle: Е\ntranslatedFrom: 2026-11-20\ntranslationStatus: geprueft\n---\n');
write('leichte-sprache/de/l.md', '---\ntitle: L\n---\n');

describe('the translation report', () => {
  const report = translationReport(dir);
  const state = (collection: string, lang: string, slug: string) =>
    report.rows.find((r) => r.collection === collection && r.lang === lang && r.slug === slug)?.state;

  it('tells translated, outdated, empty and missing apart', () => {
    expect(state('guides', 'en', 'a')).toBe('translated');
    expect(state('guides', 'ar', 'a')).toBe('outdated');
    expect(state('guides', 'ru', 'a')).toBe('empty');
    expect(state('guides', 'uk', 'a')).toBe('outdated'); // German has a date, the translation none
    expect(state('events', 'en', 'e')).toBe('missing');
    expect(state('events', 'ar', 'e')).toBe('unfinished');
  });

  it("reports the translator's status", () => {
    expect(report.rows.find((r) => r.collection === 'events' && r.lang === 'ru')?.translationStatus).toBe('geprueft');
  });

  it('fails on gaps in the guide, glossary and pages, not on events or on German-only Leichte Sprache', () => {
    const files = report.problems.map((p) => p.file);
    expect(files).toContain('content/guides/ru/a.md');
    expect(files).toContain('content/glossary/ar/probezeit.md');
    expect(files.some((f) => f.startsWith('content/events/'))).toBe(false);
    expect(report.rows.some((r) => r.collection === 'leichte-sprache')).toBe(false);
  });

  it('fails when a translation changes the German glossary term', () => {
    expect(report.problems.find((p) => p.file === 'content/glossary/uk/probezeit.md')?.message).toMatch(
      /must be the German ones/,
    );
  });

  it('compares dates, and trusts a German text without a date', () => {
    expect(isTranslationOutdated({ updated: '2026-12-01' }, { translatedFrom: '2026-12-01' })).toBe(false);
    expect(isTranslationOutdated({}, {})).toBe(false);
  });
});
