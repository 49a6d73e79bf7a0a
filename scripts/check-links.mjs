#!/usr/bin/env node
/**
 * Every internal link, asset, canonical and hreflang alternate in the built
 * site (HTML pages and the sitemap) must resolve to a file in `dist/`, and a
 * link to `#id` must find that id. External links are not fetched (no request
 * leaves the machine); they are listed with --external.
 *
 * Usage: node scripts/check-links.mjs [dist] [--site=https://…] [--external]
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

function* filesUnder(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** The URL path a built file answers to: `dist/de/index.html` → `/de/`. */
export function urlPathOf(distDir, file) {
  const rel = '/' + relative(distDir, file).split('\\').join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** The file a URL path is served from, or undefined. */
export function fileFor(distDir, pathname) {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/')
    ? [join(distDir, decoded, 'index.html')]
    : [join(distDir, decoded), join(distDir, decoded, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

const attributePattern = /<(a|link|script|img|source|iframe|form)\b([^>]*)>/gi;
const urlAttribute = /\s(href|src|action)\s*=\s*"([^"]*)"/gi;

/**
 * @param {string} distDir
 * @param {{ site?: string }} [options]
 * @returns {{ broken: { from: string, url: string, reason: string }[], checked: number, external: Set<string> }}
 */
export function findBrokenLinks(distDir, { site = 'http://localhost:4321' } = {}) {
  const origin = new URL(site).origin;
  const broken = [];
  const external = new Set();
  const idsByFile = new Map();
  let checked = 0;
  const idsOf = (file) => {
    if (!idsByFile.has(file)) {
      const html = readFileSync(file, 'utf8');
      idsByFile.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
    }
    return idsByFile.get(file);
  };

  const check = (fromPath, raw) => {
    if (!raw || /^(mailto|tel|data|javascript):/i.test(raw)) return;
    const url = new URL(raw.replace(/&amp;/g, '&'), origin + fromPath);
    if (url.origin !== origin) {
      external.add(url.href);
      return;
    }
    checked++;
    const target = fileFor(distDir, url.pathname);
    if (!target) {
      broken.push({ from: fromPath, url: raw, reason: 'no such file' });
      return;
    }
    if (url.hash.length > 1 && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!idsOf(target).has(id)) broken.push({ from: fromPath, url: raw, reason: `no element with id "${id}"` });
    }
  };

  for (const file of filesUnder(distDir)) {
    const fromPath = urlPathOf(distDir, file);
    if (file.endsWith('.html')) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.matchAll(attributePattern)) {
        for (const attr of tag[2].matchAll(urlAttribute)) check(fromPath, attr[2]);
      }
      for (const meta of html.matchAll(/<meta\s+property="og:url"\s+content="([^"]*)"/g)) check(fromPath, meta[1]);
    } else if (file.endsWith('.xml')) {
      const xml = readFileSync(file, 'utf8');
      for (const loc of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) check(fromPath, loc[1]);
      for (const alt of xml.matchAll(/<xhtml:link[^>]*href="([^"]+)"/g)) check(fromPath, alt[1]);
    }
  }
  return { broken, checked, external };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const distDir = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const site = args.find((a) => a.startsWith('--site='))?.slice(7) ?? process.env.SITE_URL ?? 'http://localhost:4321';
  const { broken, checked, external } = findBrokenLinks(distDir, { site });
  for (const b of broken) console.error(`${b.from}: ${b.url} – ${b.reason}`);
  if (args.includes('--external')) for (const url of [...external].sort()) console.log(`external: ${url}`);
  console.log(
    `check-links: ${checked} internal links checked, ${broken.length} broken, ${external.size} external (not fetched).`,
  );
  if (broken.length > 0) process.exit(1);
}
