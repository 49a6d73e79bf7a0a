#!/usr/bin/env node
/**
 * Bytes a reader's phone loads for each page type and language: the HTML, the
 * CSS it links, and any JavaScript that runs at load, raw and gzip (zlib
 * level 6, what most servers and CDNs send). `--check` fails when a content
 * page is over budget. The page types are those of `scripts/pageTypes.ts`.
 *
 * Usage: node scripts/size-report.ts [dist] [--json] [--check]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { localeCodes, type LocaleCode } from '../src/core/locales.ts';
import { parseHtml } from '../src/lib/formats/htmlDocument.ts';
import { fileFor } from './check-links.ts';
import { languageNeutralPages, pageTypes, readingHelpLanguages, readingHelpTypes } from './pageTypes.ts';

/**
 * HTML + CSS of a content page fit the first network round trip (about 14 KB).
 * No page needs JavaScript to be read; the little that runs at load (hiding
 * events that ended after the build) stays under 5 KB.
 */
export const budgets = { htmlPlusCssGzip: 14_000, jsAtLoadGzip: 5_000 };

export interface PageSize {
  path: string;
  /** The page, its stylesheets and its script files. */
  requests: number;
  html: { raw: number; gzip: number };
  css: { raw: number; gzip: number; files: number; inlineBlocks: number };
  js: { raw: number; gzip: number };
}

export interface SizeRow extends PageSize {
  type: string;
  lang: string;
  /** A page in a language folder, held to the JavaScript budget (the chooser may run its forwarding script). */
  contentPage: boolean;
}

const gzipSize = (buffer: Buffer) => gzipSync(buffer, { level: 6 }).length;

/** Sizes of one built page and what it loads at once (stylesheets, scripts that run at load). */
export function measurePage(distDir: string, urlPath: string): PageSize {
  const file = fileFor(distDir, urlPath);
  if (!file) throw new Error(`${urlPath} was not built in ${distDir}`);
  const html = readFileSync(file);
  const page = parseHtml(html.toString('utf8'));
  const stylesheets = page.all('link[rel~="stylesheet"][href]').map((link) => link.attribute('href')!);
  const inlineStyles = page.all('style');
  const scripts = page.scripts().filter((script) => script.runs);
  const scriptSources = scripts.flatMap((script) => (script.src === undefined ? [] : [script.src]));
  const inlineScripts = scripts.filter((script) => script.src === undefined).map((script) => script.body);
  const css = Buffer.concat(stylesheets.map((href) => readFileSync(join(distDir, href))));
  const js = Buffer.concat([
    ...scriptSources.map((src) => readFileSync(join(distDir, src))),
    Buffer.from(inlineScripts.join('\n')),
  ]);
  return {
    path: urlPath,
    requests: 1 + stylesheets.length + scriptSources.length,
    html: { raw: html.length, gzip: gzipSize(html) },
    css: {
      raw: css.length,
      gzip: css.length ? gzipSize(css) : 0,
      files: stylesheets.length,
      inlineBlocks: inlineStyles.length,
    },
    js: { raw: js.length, gzip: js.length ? gzipSize(js) : 0 },
  };
}

/**
 * Every page type in every language, the reading helps in theirs, then the pages outside the
 * language folders; pages not built are left out.
 */
export function measureAll(distDir: string): SizeRow[] {
  const rows: SizeRow[] = [];
  const types: (readonly [string, (lang: LocaleCode) => string, readonly LocaleCode[]])[] = [
    ...Object.entries(pageTypes).map(([type, pathIn]) => [type, pathIn, localeCodes] as const),
    ...Object.entries(readingHelpTypes).map(([type, pathIn]) => [type, pathIn, readingHelpLanguages] as const),
  ];
  for (const [type, pathIn, languages] of types) {
    for (const lang of languages) {
      const path = pathIn(lang);
      if (fileFor(distDir, path)) rows.push({ type, lang, contentPage: true, ...measurePage(distDir, path) });
    }
  }
  for (const [type, path] of Object.entries(languageNeutralPages)) {
    if (fileFor(distDir, path)) rows.push({ type, lang: '-', contentPage: false, ...measurePage(distDir, path) });
  }
  return rows;
}

export function overBudget(rows: readonly SizeRow[]): SizeRow[] {
  return rows.filter(
    (r) => r.html.gzip + r.css.gzip > budgets.htmlPlusCssGzip || (r.contentPage && r.js.gzip > budgets.jsAtLoadGzip),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const distDir = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const rows = measureAll(distDir);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ budgets, rows }, null, 2));
  } else {
    const pad = (v: string | number, n: number) => String(v).padStart(n);
    const typeWidth = Math.max(15, ...rows.map((r) => r.type.length));
    console.log(
      `${'page type'.padEnd(typeWidth)} lang  ${pad('HTML', 7)} ${pad('HTML gz', 8)} ${pad('CSS', 7)} ${pad('CSS gz', 7)} ${pad('JS gz', 6)} ${pad('HTML+CSS gz', 12)} req`,
    );
    for (const r of rows) {
      console.log(
        `${r.type.padEnd(typeWidth)} ${r.lang.padEnd(5)} ${pad(r.html.raw, 7)} ${pad(r.html.gzip, 8)} ${pad(r.css.raw, 7)} ${pad(r.css.gzip, 7)} ${pad(r.js.gzip, 6)} ${pad(r.html.gzip + r.css.gzip, 12)} ${pad(r.requests, 3)}`,
      );
    }
    const worst = rows.reduce((a, b) => (a.html.gzip + a.css.gzip > b.html.gzip + b.css.gzip ? a : b));
    console.log(
      `\nLargest: ${worst.path} – HTML+CSS ${worst.html.gzip + worst.css.gzip} B gzip (budget ${budgets.htmlPlusCssGzip} B); JS at load on content pages: budget ${budgets.jsAtLoadGzip} B.`,
    );
  }
  if (args.includes('--check')) {
    const over = overBudget(rows);
    for (const r of over)
      console.error(`over budget: ${r.path} HTML+CSS ${r.html.gzip + r.css.gzip} B gzip, JS ${r.js.gzip} B gzip`);
    if (over.length) process.exit(1);
  }
}
