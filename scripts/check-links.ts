#!/usr/bin/env node
/**
 * Every internal link, asset, canonical and hreflang alternate in the built
 * site (HTML pages and the sitemap) must resolve to a file in `dist/`, and a
 * link to `#id` must find that id. External links are not fetched (no request
 * leaves the machine); they are listed with --external.
 *
 * Usage: node scripts/check-links.ts [dist] [--site=https://…] [--external]
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { siteUrl } from '../src/core/site.ts';
import { parseHtml } from '../src/lib/formats/htmlDocument.ts';

function* filesUnder(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/** The URL path a built file answers to: `dist/de/index.html` → `/de/`. */
export function urlPathOf(distDir: string, file: string): string {
  const rel = '/' + relative(distDir, file).split('\\').join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** The file a URL path is served from, or undefined. */
export function fileFor(distDir: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/')
    ? [join(distDir, decoded, 'index.html')]
    : [join(distDir, decoded), join(distDir, decoded, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** The elements whose `href`, `src` or `action` a reader's browser follows or loads. */
const linkingElements = 'a, link, script, img, source, iframe, form';
const urlAttributes = ['href', 'src', 'action'];

export interface BrokenLink {
  from: string;
  url: string;
  reason: string;
}

export interface LinkReport {
  broken: BrokenLink[];
  /** Internal links checked. */
  checked: number;
  /** External addresses, not fetched. */
  external: Set<string>;
}

export function findBrokenLinks(distDir: string, { site = siteUrl() }: { site?: string } = {}): LinkReport {
  const origin = new URL(site).origin;
  const broken: BrokenLink[] = [];
  const external = new Set<string>();
  let checked = 0;

  // Every page is parsed once: its links are checked after all pages are read, so `#id` targets on
  // pages later in the walk are known by then.
  const idsByFile = new Map<string, Set<string>>();
  const links: { from: string; url: string }[] = [];
  for (const file of filesUnder(distDir)) {
    const from = urlPathOf(distDir, file);
    if (file.endsWith('.html')) {
      const page = parseHtml(readFileSync(file, 'utf8'));
      idsByFile.set(file, page.ids());
      for (const element of page.all(linkingElements)) {
        for (const name of urlAttributes) {
          const url = element.attribute(name);
          if (url !== undefined) links.push({ from, url });
        }
      }
      for (const url of page.metas('og:url')) links.push({ from, url });
    } else if (file.endsWith('.xml')) {
      // The sitemap is XML the site writes itself, one URL per element: not HTML for the HTML parser.
      const xml = readFileSync(file, 'utf8');
      for (const loc of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) links.push({ from, url: loc[1]! });
      for (const alt of xml.matchAll(/<xhtml:link[^>]*href="([^"]+)"/g)) links.push({ from, url: alt[1]! });
    }
  }

  for (const { from, url: raw } of links) {
    if (!raw || /^(mailto|tel|data|javascript):/i.test(raw)) continue;
    const url = new URL(raw, origin + from);
    if (url.origin !== origin) {
      external.add(url.href);
      continue;
    }
    checked++;
    const target = fileFor(distDir, url.pathname);
    if (!target) {
      broken.push({ from, url: raw, reason: 'no such file' });
      continue;
    }
    if (url.hash.length > 1 && target.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!idsByFile.get(target)?.has(id)) broken.push({ from, url: raw, reason: `no element with id "${id}"` });
    }
  }
  return { broken, checked, external };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const distDir = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const site = args.find((a) => a.startsWith('--site='))?.slice('--site='.length) ?? siteUrl();
  const { broken, checked, external } = findBrokenLinks(distDir, { site });
  for (const b of broken) console.error(`${b.from}: ${b.url} – ${b.reason}`);
  if (args.includes('--external')) for (const url of [...external].sort()) console.log(`external: ${url}`);
  console.log(
    `check-links: ${checked} internal links checked, ${broken.length} broken, ${external.size} external (not fetched).`,
  );
  if (broken.length > 0) process.exit(1);
}
