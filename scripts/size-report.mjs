#!/usr/bin/env node
/**
 * Bytes a reader's phone loads for each page type and language: the HTML, the
 * CSS it links, and any JavaScript that runs at load, raw and gzip (zlib
 * level 6, what most servers and CDNs send). `--check` fails when a content
 * page is over budget.
 *
 * Usage: node scripts/size-report.mjs [dist] [--json] [--check]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

/**
 * HTML + CSS of a content page fit the first network round trip (about 14 KB).
 * No page needs JavaScript to be read; the little that runs at load (hiding
 * events that ended after the build) stays under 5 KB.
 */
export const budgets = { htmlPlusCssGzip: 14_000, jsAtLoadGzip: 5_000 };

/** One representative page per type; `{lang}` is replaced by each language code. */
export const pageTypes = {
  start: '/{lang}/',
  guideIndex: '/{lang}/ausbildung/',
  guide: '/{lang}/ausbildung/was-ist-eine-ausbildung/',
  eventList: '/{lang}/veranstaltungen/',
  eventFilter: '/{lang}/veranstaltungen/auswahl/magdeburg/praesenz/alle/',
  event: '/{lang}/veranstaltungen/auftakt-magdeburg-2025/',
  partnerIndex: '/{lang}/partner/',
  partner: '/{lang}/partner/kausa-landesstelle-sachsen-anhalt/',
  partnerDistrict: '/{lang}/partner/region/harz/',
  stationIndex: '/{lang}/stationen/',
  station: '/{lang}/stationen/1/',
  questionnaire: '/{lang}/welche-station/',
  questionnaireResult: '/{lang}/welche-station/station-1/',
  page: '/{lang}/datenschutz/',
  legalPage: '/{lang}/impressum/',
  parents: '/{lang}/fuer-eltern/',
  campaign: '/{lang}/kampagne/',
  glossaryIndex: '/{lang}/glossar/',
  glossaryEntry: '/{lang}/glossar/ausbildungsvertrag/',
  search: '/{lang}/suche/',
  material: '/{lang}/material/',
  notFound: '/{lang}/404/',
};
export const languages = ['de', 'en', 'ar', 'ru', 'uk'];
/** Pages outside the language folders: reported, but not content pages (the chooser may run its forwarding script). */
export const neutralPages = { chooser: '/', sharedNotFound: '/404.html' };

const gzipSize = (buffer) => gzipSync(buffer, { level: 6 }).length;

function fileOf(distDir, urlPath) {
  return urlPath.endsWith('/') ? join(distDir, urlPath, 'index.html') : join(distDir, urlPath);
}

/** Sizes of one built page and what it loads at once (stylesheets, scripts that run at load). */
export function measurePage(distDir, urlPath) {
  const html = readFileSync(fileOf(distDir, urlPath));
  const text = html.toString('utf8');
  const stylesheets = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const inlineStyles = [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  const scriptSources = [...text.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  const inlineScripts = [
    ...text.matchAll(/<script\b(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => m[1]);
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

export function measureAll(distDir) {
  const rows = [];
  for (const [type, pattern] of Object.entries(pageTypes)) {
    for (const lang of languages) {
      const path = pattern.replace('{lang}', lang);
      if (!existsSync(fileOf(distDir, path))) continue;
      rows.push({ type, lang, contentPage: true, ...measurePage(distDir, path) });
    }
  }
  for (const [type, path] of Object.entries(neutralPages)) {
    if (existsSync(fileOf(distDir, path)))
      rows.push({ type, lang: '-', contentPage: false, ...measurePage(distDir, path) });
  }
  return rows;
}

export function overBudget(rows) {
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
    const pad = (v, n) => String(v).padStart(n);
    console.log(
      `${'page type'.padEnd(15)} lang  ${pad('HTML', 7)} ${pad('HTML gz', 8)} ${pad('CSS', 7)} ${pad('CSS gz', 7)} ${pad('JS gz', 6)} ${pad('HTML+CSS gz', 12)} req`,
    );
    for (const r of rows) {
      console.log(
        `${r.type.padEnd(15)} ${r.lang.padEnd(5)} ${pad(r.html.raw, 7)} ${pad(r.html.gzip, 8)} ${pad(r.css.raw, 7)} ${pad(r.css.gzip, 7)} ${pad(r.js.gzip, 6)} ${pad(r.html.gzip + r.css.gzip, 12)} ${pad(r.requests, 3)}`,
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
