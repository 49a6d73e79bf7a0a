/**
 * The offline copy as built: each language's manifest lists files that exist, with their true sizes
 * and hashes; it holds the guide, glossary, stations, the event list and exactly the events the list
 * shows; the pages that offer the copy state the manifest's sizes; the two scripts stand alone.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/core/locales.ts';
import {
  formatMegabytes,
  isEventPagePath,
  offlineCacheName,
  offlineSizeTokens,
  totalOf,
  type OfflineManifest,
} from '../../src/lib/offlineCopy.ts';
import { routes } from '../../src/lib/routes.ts';
import { builtPageMap, builtPages, distDir } from './dist.ts';

const { pages, page } = builtPageMap();
const fileOf = (url: string) => join(distDir, url, url.endsWith('/') ? 'index.html' : '');

describe.each(localeCodes)('the offline copy (%s)', (lang) => {
  const manifest = JSON.parse(readFileSync(join(distDir, routes.offlineManifest(lang)), 'utf8')) as OfflineManifest;
  const urls = manifest.files.map((f) => f.url);

  it('lists built files only, each once, with their sizes and hashes as served', () => {
    expect(new Set(urls).size).toBe(urls.length);
    for (const file of manifest.files) {
      const path = fileOf(file.url);
      expect(existsSync(path) && statSync(path).isFile(), file.url).toBe(true);
      const content = readFileSync(path);
      expect(file.bytes, file.url).toBe(content.length);
      expect(file.gzip, file.url).toBe(gzipSync(content, { level: 6 }).length);
      expect(file.hash, file.url).toBe(createHash('sha256').update(content).digest('hex').slice(0, 16));
    }
    expect(manifest.total).toEqual(totalOf(manifest.files));
    expect(manifest.cacheName).toBe(offlineCacheName(lang));
    expect(manifest.offlinePage).toBe(routes.offlinePage(lang));
  });

  it('holds the guide, the glossary, the stations, the event list and the offline page, in this language only', () => {
    const sectionPages = (section: string) => [...pages.keys()].filter((p) => new RegExp(`^${section}[^/]+/$`).test(p));
    for (const collection of ['guides', 'glossary', 'stations'] as const) {
      const section = routes.section(lang, collection);
      expect(urls).toContain(section);
      const entries = sectionPages(section);
      expect(entries.length, collection).toBeGreaterThan(collection === 'stations' ? 3 : 6);
      for (const entry of entries) expect(urls, entry).toContain(entry);
    }
    for (const path of [routes.home(lang), routes.section(lang, 'events'), routes.offlinePage(lang)]) {
      expect(urls).toContain(path);
    }
    for (const path of [
      routes.section(lang, 'partners'),
      routes.search(lang),
      routes.eventArchive(lang),
      routes.material(lang),
    ]) {
      expect(urls).not.toContain(path);
    }
    expect(urls.filter((u) => u.endsWith('/')).every((u) => u.startsWith(`/${lang}/`))).toBe(true);
    // The buttons' code, so the copy can be deleted offline.
    expect(urls).toContain(routes.offlineScript());
  });

  it('holds exactly the events the list shows (upcoming ones), not past ones', () => {
    const listed = page(routes.section(lang, 'events'))
      .doc.all('a[href]')
      .map((a) => a.attribute('href')!)
      .filter((href) => isEventPagePath(lang, href));
    expect(listed.length).toBeGreaterThan(0);
    expect(urls.filter((u) => isEventPagePath(lang, u)).sort()).toEqual([...new Set(listed)].sort());
    expect(urls).not.toContain(routes.entry(lang, 'events', 'auftakt-magdeburg-2025'));
  });

  it('states its download and storage size on the start page and the guide index, before the reader agrees', () => {
    const sentence = page(routes.home(lang)).doc.first('.offline-copy__size')!.text;
    // The download: the files, and the service worker the browser fetches itself (not in the cache).
    const worker = gzipSync(readFileSync(join(distDir, routes.serviceWorker())), { level: 6 }).length;
    expect(sentence).toContain(formatMegabytes(manifest.total.gzip + worker, lang));
    expect(sentence).toContain(formatMegabytes(manifest.total.bytes, lang));
    expect(page(routes.section(lang, 'guides')).doc.first('.offline-copy__size')!.text).toBe(sentence);
  });
});

describe('the offline copy’s build output', () => {
  it('leaves no size placeholder on any page', () => {
    const left = builtPages().filter(
      (p) => p.html.includes(offlineSizeTokens.download) || p.html.includes(offlineSizeTokens.storage),
    );
    expect(left.map((p) => p.path)).toEqual([]);
  });

  it('writes the service worker and the buttons’ code as standalone scripts that parse', () => {
    for (const url of [routes.serviceWorker(), routes.offlineScript()]) {
      const file = join(distDir, url);
      const code = readFileSync(file, 'utf8');
      // No import: neither file is bundled, and the worker must keep its address.
      expect(code, url).not.toMatch(/^\s*import\s/m);
      const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
      expect(check.stderr, url).toBe('');
      expect(check.status, url).toBe(0);
    }
  });

  it('registers no service worker on any page at load: only the offer, whose code loads on a tap', () => {
    for (const { path, html } of builtPages()) {
      if (path.startsWith('/admin/')) continue;
      expect(html.includes('serviceWorker.register'), path).toBe(false);
    }
  });
});
