import { describe, expect, it } from 'vitest';
import { budgets, languages, measureAll, pageTypes } from '../../scripts/size-report.mjs';
import { assertBuilt, distDir } from './dist';

interface Row { path: string; html: { gzip: number }; css: { gzip: number }; js: { gzip: number } }

describe('size budget of content pages (bytes, gzip)', () => {
  assertBuilt();
  const rows = measureAll(distDir) as Row[];

  it('measures every page type in every language', () => {
    expect(rows).toHaveLength(Object.keys(pageTypes).length * languages.length);
  });

  it.each(rows.map((r) => [r.path, r] as const))('%s: HTML + CSS fit the first round trip, no JavaScript needed', (_path, row) => {
    expect(row.html.gzip + row.css.gzip).toBeLessThanOrEqual(budgets.htmlPlusCssGzip);
    expect(row.js.gzip).toBe(0);
  });
});
