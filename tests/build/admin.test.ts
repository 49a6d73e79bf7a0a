/** The CMS page in the built site: ours (no CDN), German, hidden from search engines and from search. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml, type HtmlDocument } from '../../src/lib/formats/htmlDocument.ts';
import { assertBuilt, distDir } from './dist.ts';
import { decapServerOrigin } from '../../src/core/site.ts';

describe('/admin/', () => {
  let page: HtmlDocument;
  beforeAll(() => {
    assertBuilt();
    page = parseHtml(readFileSync(join(distDir, 'admin/index.html'), 'utf8'));
  });

  it('is German, noindex, with its own Content-Security-Policy that allows what Decap needs and nothing from elsewhere', () => {
    expect(page.root.attribute('lang')).toBe('de');
    expect(page.meta('robots')).toBe('noindex, nofollow');
    const csp = page.meta('Content-Security-Policy')!;
    expect(csp).toContain("'unsafe-eval'");
    expect(csp).toMatch(/script-src 'self' 'unsafe-eval';/);
    // This test build is local (no SITE_URL): the CMS may reach decap-server on this machine.
    expect(csp).toContain(`connect-src 'self' blob: ${decapServerOrigin} https:`);
    expect(csp).toContain("object-src 'none'");
  });

  it('loads Decap from this site, never from a CDN', () => {
    const scripts = page.scripts().flatMap(({ src }) => (src === undefined ? [] : [src]));
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(src).toMatch(/^\/_astro\//);
  });

  it('is in neither the sitemap nor the search index', () => {
    const sitemaps = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(readFileSync(join(distDir, file), 'utf8')).not.toContain('/admin');
    expect(page.all('[data-pagefind-body]')).toEqual([]);
  });
});
