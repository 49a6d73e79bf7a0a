/**
 * The offline copy's build step, after every `astro build`:
 * - for each language, `/<lang>/offline.json` (`routes.offlineManifest`): the copy's pages (start page,
 *   guide, glossary, stations, the event list and the upcoming events it links, the offline page) and
 *   the files they load, with sizes and hashes – read from the built pages with the site's parser;
 * - the sizes written into the pages that offer the copy (`offlineSizeTokens`), so the reader sees them
 *   before agreeing; those pages are part of the copy, so the sizes are worked out until they hold;
 * - `/sw.js` (`routes.serviceWorker`), the service worker, and `/offline-copy.js` (`routes.offlineScript`),
 *   the buttons' code, from `src/browser/serviceWorker.ts` and `src/browser/offlineCopy.ts` with their
 *   types stripped: one file each, no imports. The worker must keep its address; the buttons' code is
 *   imported on the first tap by the component's inline script – a Vite-built chunk would bring Vite's
 *   preload helper, which makes the inline script a file of its own plus the helper: two more
 *   requests on every page that offers the copy.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { localeCodes, type LocaleCode } from '../core/locales.ts';
import { parseHtml } from '../lib/formats/htmlDocument.ts';
import {
  formatMegabytes,
  isEventListPath,
  isEventPagePath,
  isSavedPagePath,
  offlineCacheName,
  offlineSizeTokens,
  totalOf,
  type OfflineFile,
  type OfflineManifest,
} from '../lib/offlineCopy.ts';
import { routes } from '../lib/routes.ts';

/** The built file of a URL path, if there is one. */
function fileOf(outDir: string, url: string): string | undefined {
  const file = join(outDir, decodeURIComponent(url), url.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** The URL paths of every page built in a folder (`/ar/ausbildung/x/`). */
function pagesIn(outDir: string, folder: string): string[] {
  return readdirSync(join(outDir, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => `/${posix.relative(outDir, entry.parentPath).split('\\').join('/')}/`)
    .sort();
}

/** A same-site URL path from an address on a page at `base`, or undefined for other sites, `data:` and `#`. */
function localPath(address: string, base: string): string | undefined {
  if (address.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(address)) return undefined;
  return new URL(address, `http://site${base}`).pathname;
}

/** Files a page loads by itself: icon and stylesheets, scripts, images, and the chunks its inline scripts import. */
function pageAssets(html: string, url: string): string[] {
  const page = parseHtml(html);
  const found = [
    ...page
      .all('link[href]')
      .filter((link) => /\b(icon|stylesheet|preload|modulepreload|manifest)\b/.test(link.attribute('rel') ?? ''))
      .map((link) => link.attribute('href')!),
    ...page.all('script[src], img[src]').map((element) => element.attribute('src')!),
    ...page
      .inlineScripts()
      .flatMap((body) => [...body.matchAll(/["'`](\/_astro\/[^"'`]+\.js)["'`]/g)].map((m) => m[1]!)),
  ];
  return found.flatMap((address) => localPath(address, url) ?? []);
}

/** The modules a script imports, statically or on demand (Vite writes relative or root paths). */
function scriptImports(source: string, url: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`]([^"'`]+\.js)["'`]/g)].flatMap(
    (m) => localPath(m[1]!, url) ?? [],
  );
}

const hashOf = (content: Buffer | string) => createHash('sha256').update(content).digest('hex').slice(0, 16);
const describe = (url: string, content: Buffer): OfflineFile => ({
  url,
  bytes: content.length,
  gzip: gzipSync(content, { level: 6 }).length,
  hash: hashOf(content),
});

export interface LanguageCopy {
  manifest: OfflineManifest;
  /** Pages whose sizes were filled in, with their new markup. */
  rewritten: Map<string, string>;
}

/**
 * A language's copy: its files, and the pages that state its size with the size filled in. The
 * download stated adds `onTopGzip`: the service worker, which the browser fetches itself.
 */
export function languageCopy(outDir: string, lang: LocaleCode, onTopGzip = 0): LanguageCopy {
  const built = pagesIn(outDir, lang);
  const builtSet = new Set(built);
  const pages = built.filter((url) => isSavedPagePath(lang, url));
  const html = new Map(pages.map((url) => [url, readFileSync(fileOf(outDir, url)!, 'utf8')]));
  // Upcoming events: those the event list links (past ones are in the archive, which is not saved).
  for (const list of pages.filter((url) => isEventListPath(lang, url))) {
    for (const link of parseHtml(html.get(list)!).all('a[href]')) {
      const target = localPath(link.attribute('href')!, list);
      if (target && isEventPagePath(lang, target) && builtSet.has(target) && !html.has(target)) {
        html.set(target, readFileSync(fileOf(outDir, target)!, 'utf8'));
      }
    }
  }
  if (!html.has(routes.offlinePage(lang))) throw new Error(`${routes.offlinePage(lang)} was not built.`);

  // Files the pages load, and what those load in turn, each once.
  const assets = new Map<string, Buffer>();
  // The buttons' code, imported on a tap (no page names it): deleting the copy works offline too.
  const queue = [...[...html].flatMap(([url, markup]) => pageAssets(markup, url)), routes.offlineScript()];
  while (queue.length) {
    const url = queue.shift()!;
    if (assets.has(url) || html.has(url)) continue;
    const file = fileOf(outDir, url);
    if (!file) throw new Error(`The offline copy of ${lang} needs ${url}, which was not built.`);
    const content = readFileSync(file);
    assets.set(url, content);
    if (url.endsWith('.js')) queue.push(...scriptImports(content.toString('utf8'), url));
  }
  const assetFiles = [...assets].sort(([a], [b]) => a.localeCompare(b)).map(([url, c]) => describe(url, c));

  // The stated sizes are part of the pages they describe: fill in, measure, repeat until they hold.
  const hosts = [...html].filter(([, markup]) => markup.includes(offlineSizeTokens.download));
  let stated = { download: '', storage: '' };
  let rewritten = new Map<string, string>();
  let files: OfflineFile[] = [];
  for (let round = 0; ; round++) {
    rewritten = new Map(
      hosts.map(([url, markup]) => [
        url,
        markup
          .replaceAll(offlineSizeTokens.download, stated.download)
          .replaceAll(offlineSizeTokens.storage, stated.storage),
      ]),
    );
    files = [
      ...[...html.keys()].sort().map((url) => describe(url, Buffer.from(rewritten.get(url) ?? html.get(url)!))),
      ...assetFiles,
    ];
    const total = totalOf(files);
    const sizes = {
      download: formatMegabytes(total.gzip + onTopGzip, lang),
      storage: formatMegabytes(total.bytes, lang),
    };
    if (sizes.download === stated.download && sizes.storage === stated.storage) break;
    if (round === 5) throw new Error(`The offline copy's size of ${lang} does not settle.`);
    stated = sizes;
  }
  return {
    manifest: {
      lang,
      version: hashOf(files.map((f) => `${f.url} ${f.hash}`).join('\n')),
      cacheName: offlineCacheName(lang),
      offlinePage: routes.offlinePage(lang),
      files,
      total: totalOf(files),
    },
    rewritten,
  };
}

export function offlineCopy(): AstroIntegration {
  return {
    name: 'sawd-offline-copy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        for (const [source, url] of [
          ['../browser/serviceWorker.ts', routes.serviceWorker()],
          ['../browser/offlineCopy.ts', routes.offlineScript()],
        ] as const) {
          const code = readFileSync(fileURLToPath(new URL(source, import.meta.url)), 'utf8');
          writeFileSync(join(outDir, url), stripTypeScriptTypes(code));
        }
        const worker = gzipSync(readFileSync(join(outDir, routes.serviceWorker())), { level: 6 }).length;
        const summary: string[] = [];
        for (const lang of localeCodes) {
          const { manifest, rewritten } = languageCopy(outDir, lang, worker);
          for (const [url, markup] of rewritten) writeFileSync(fileOf(outDir, url)!, markup);
          writeFileSync(join(outDir, routes.offlineManifest(lang)), `${JSON.stringify(manifest)}\n`);
          summary.push(`${lang} ${manifest.total.files} files ${(manifest.total.gzip / 1000).toFixed(0)} KB gzip`);
        }
        logger.info(`offline copies: ${summary.join(', ')}; ${routes.serviceWorker()}, ${routes.offlineScript()}`);
      },
    },
  };
}
