/** The CMS page in the built site: ours (no CDN), German, hidden from search engines and from search. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, distDir } from './dist.ts';
import { decapServerOrigin } from '../../src/core/site.ts';

describe('/admin/', () => {
  let html = '';
  beforeAll(() => {
    assertBuilt();
    html = readFileSync(join(distDir, 'admin/index.html'), 'utf8');
  });

  it('is German, noindex, with its own Content-Security-Policy that allows what Decap needs and nothing from elsewhere', () => {
    expect(html).toContain('<html lang="de">');
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!;
    expect(csp).toContain("'unsafe-eval'");
    expect(csp).toMatch(/script-src 'self' 'unsafe-eval';/);
    // This test build is local (no SITE_URL): the CMS may reach decap-server on this machine.
    expect(csp).toContain(`connect-src 'self' blob: ${decapServerOrigin} https:`);
    expect(csp).toContain("object-src 'none'");
  });

  it('loads Decap from this site, never from a CDN', () => {
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(src).toMatch(/^\/_astro\//);
  });

  it('is in neither the sitemap nor the search index', () => {
    const sitemaps = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(readFileSync(join(distDir, file), 'utf8')).not.toContain('/admin');
    expect(html).not.toContain('data-pagefind-body');
  });
});
