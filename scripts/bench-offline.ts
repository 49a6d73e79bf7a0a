#!/usr/bin/env node
/**
 * The offline copy's size per language (reports, never fails): files, pages, bytes stored on the
 * phone and bytes downloaded (gzip level 6, as a server sends them), from the manifests the build
 * writes (`/<lang>/offline.json`, checked against the files by tests/build/offline-copy.test.ts),
 * plus what comes on top: the manifest itself, the service worker and the buttons' code.
 * `npm run bench` reports it for the real content and the generated corpus.
 *
 * Usage: npm run build && node scripts/bench-offline.ts [dist …] [--json]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { localeCodes, type LocaleCode } from '../src/core/locales.ts';
import type { OfflineManifest } from '../src/lib/offlineCopy.ts';
import { routes } from '../src/lib/routes.ts';

export interface OfflineCopySize {
  lang: LocaleCode;
  files: number;
  pages: number;
  bytes: number;
  gzip: number;
  /** The manifest, the service worker and the buttons' code, gzip: downloaded on top of the files. */
  extraGzip: number;
}

const gzipOf = (file: string) => gzipSync(readFileSync(file), { level: 6 }).length;

export function measureOfflineCopies(distDir: string): OfflineCopySize[] {
  const scripts = gzipOf(join(distDir, routes.serviceWorker())) + gzipOf(join(distDir, routes.offlineScript()));
  return localeCodes.map((lang) => {
    const file = join(distDir, routes.offlineManifest(lang));
    const { total } = JSON.parse(readFileSync(file, 'utf8')) as OfflineManifest;
    return { lang, ...total, extraGzip: gzipOf(file) + scripts };
  });
}

export function printOfflineCopies(label: string, rows: readonly OfflineCopySize[]): void {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(`Offline copy per language (${label}):`);
  console.table(
    rows.map((r) => ({
      lang: r.lang,
      files: r.files,
      pages: r.pages,
      'stored (raw)': kb(r.bytes),
      'download (gzip)': kb(r.gzip),
      'on top (gzip)': kb(r.extraGzip),
    })),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dirs = args.filter((a) => !a.startsWith('--'));
  const results = (dirs.length ? dirs : ['dist']).map((dir) => ({ dir, rows: measureOfflineCopies(dir) }));
  if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
  else for (const { dir, rows } of results) printOfflineCopies(dir, rows);
}
