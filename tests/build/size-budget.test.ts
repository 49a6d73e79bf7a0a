import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/core/locales.ts';
import { languageNeutralPages, pageTypes, readingHelpLanguages, readingHelpTypes } from '../../scripts/pageTypes.ts';
import { budgets, measureAll } from '../../scripts/size-report.ts';
import { assertBuilt, distDir } from './dist.ts';

describe('size budget of content pages (bytes, gzip)', () => {
  assertBuilt();
  const rows = measureAll(distDir);

  it('measures every page type in every language, and the reading helps in theirs', () => {
    expect(rows).toHaveLength(
      Object.keys(pageTypes).length * localeCodes.length +
        Object.keys(readingHelpTypes).length * readingHelpLanguages.length +
        Object.keys(languageNeutralPages).length,
    );
  });

  it.each(rows.filter((r) => r.contentPage).map((r) => [r.path, r] as const))(
    '%s: HTML + CSS fit the first round trip, little JavaScript at load',
    (_path, row) => {
      expect(row.html.gzip + row.css.gzip).toBeLessThanOrEqual(budgets.htmlPlusCssGzip);
      expect(row.js.gzip).toBeLessThanOrEqual(budgets.jsAtLoadGzip);
    },
  );
});

describe('the language chooser', () => {
  it('fits the same HTML + CSS budget and runs under 1 KB of script (its one-time forwarding)', () => {
    const chooser = measureAll(distDir).find((r) => r.path === languageNeutralPages.chooser)!;
    expect(chooser.html.gzip + chooser.css.gzip).toBeLessThanOrEqual(budgets.htmlPlusCssGzip);
    expect(chooser.js.gzip).toBeGreaterThan(0);
    expect(chooser.js.gzip).toBeLessThan(1024);
  });
});
