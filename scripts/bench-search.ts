#!/usr/bin/env node
/**
 * Search benchmark (reports, never fails on numbers): for each language, the
 * bytes a first search transfers from a content page – gzip as a host sends
 * it, Pagefind's own files counted as they are (already compressed) – and
 * how many requests; and for Ukrainian, which has no stemmer in Pagefind, how
 * often common word forms miss the pages their family finds, without and with
 * the search page's light stemming. Budget: first search ≤ 100 KB.
 *
 * Usage: npm run build && npm run bench:search [-- --json]
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../tests/e2e/browser.ts';
import { firstSearchBudget as budget, firstSearchTransfer, type FirstSearch } from '../tests/e2e/firstSearch.ts';
import { stemUkrainianQuery } from '../src/lib/search/ukrainianStem.ts';
import { parseHtml } from '../src/lib/formats/htmlDocument.ts';

const port = 4391;
const origin = `http://127.0.0.1:${port}`;
/** A German word from a letter, searched from a guide page of each language. */
const firstQuery = 'Ausbildungsvertrag';

/** Word families readers type in Ukrainian, each in its common case forms. */
const ukrainianFamilies = [
  ['навчання', 'навчанні', 'навчанням', 'навчанню'],
  ['профорієнтація', 'профорієнтації', 'профорієнтацією'],
  ['практика', 'практики', 'практиці', 'практикою'],
  ['школа', 'школи', 'школі', 'школою'],
  ['договір', 'договору', 'договорі', 'договором'],
  ['винагорода', 'винагороди', 'винагороді', 'винагородою'],
  ['іспит', 'іспиту', 'іспиті', 'іспитом'],
  ['кваліфікація', 'кваліфікації', 'кваліфікацією'],
  ['підприємство', 'підприємства', 'підприємстві', 'підприємством'],
  ['консультація', 'консультації', 'консультацією'],
  ['дозвіл', 'дозволу', 'дозволі', 'дозволом'],
  ['посвідка', 'посвідки', 'посвідці', 'посвідкою'],
];

/** Every page of a folder that is in the search index, with its URL. */
function indexedPages(dir: string): { url: string; html: string }[] {
  const pages: { url: string; html: string }[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') {
        const html = readFileSync(path, 'utf8');
        if (html.includes('data-pagefind-body'))
          pages.push({ url: '/' + path.slice('dist/'.length, -'index.html'.length), html });
      }
    }
  };
  walk(dir);
  return pages;
}

/**
 * Bytes and requests of a first search per language, from a guide page of the built site in
 * `distDir`: the reader follows the header's search entry and searches a German word.
 */
export async function measureFirstSearch(distDir: string, port: number): Promise<({ lang: string } & FirstSearch)[]> {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['scripts/serve-static.ts', distDir, `--port=${port}`], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 800));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const results: ({ lang: string } & FirstSearch)[] = [];
  try {
    for (const lang of ['de', 'en', 'ar', 'ru', 'uk']) {
      const page = await browser.newPage();
      results.push({ lang, ...(await firstSearchTransfer(page, origin, lang, firstQuery)) });
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  return results;
}

// Run as a script (npm run bench:search): the first search, a slow phone, Ukrainian word forms.
if (import.meta.main) {
  const firstSearch = await measureFirstSearch('dist', port + 1);
  const server = spawn(process.execPath, ['scripts/serve-static.ts', 'dist', `--port=${port}`], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 800));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    // A slow phone: Lighthouse's mobile profile (150 ms round trip, 1.6 Mbit/s down, CPU 4× slower).
    const slowPhone: { lang: string; ms: number; afterTyping: number }[] = [];
    for (const lang of ['ar', 'uk']) {
      const phone = await browser.newPage();
      const cdp = await phone.context().newCDPSession(phone);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await phone.goto(`${origin}/${lang}/suche/`);
      await phone.waitForLoadState('networkidle');
      const started = Date.now();
      // Worst case: the whole word arrives at once (pasted) and Enter follows immediately.
      await phone.getByRole('searchbox').fill(firstQuery);
      await phone.getByRole('searchbox').press('Enter');
      await phone.waitForSelector('.search-results li');
      const ms = Date.now() - started;
      // As readers do it: tap the field (search starts loading), type at five letters a second, press Enter.
      await phone.goto(`${origin}/${lang}/suche/`);
      await phone.waitForLoadState('networkidle');
      await phone.getByRole('searchbox').focus();
      await phone.keyboard.type(firstQuery, { delay: 200 });
      const enter = Date.now();
      await phone.keyboard.press('Enter');
      await phone.locator('[data-search-status]').filter({ hasText: firstQuery }).waitFor();
      slowPhone.push({ lang, ms, afterTyping: Date.now() - enter });
      await phone.close();
    }

    // The truth to measure against: the Ukrainian pages in the index whose text contains a form of the word.
    const ukrainianPages = indexedPages('dist/uk').map(({ url, html }) => ({
      url,
      text: (parseHtml(html).first('main')?.textParts().join(' ') ?? '').toLowerCase(),
    }));
    const pagesWithAny = (family: string[]) =>
      new Set(
        ukrainianPages
          .filter(({ text }) => family.some((form) => new RegExp(`(^|[^\\p{L}])${form}($|[^\\p{L}])`, 'u').test(text)))
          .map(({ url }) => url),
      );
    const page = await browser.newPage();
    await page.goto(`${origin}/uk/suche/`);
    const ids = async (query: string) =>
      page.evaluate(
        async ([q, pagefindUrl]) => {
          const pagefind = await import(/* @vite-ignore */ pagefindUrl!);
          const search = await pagefind.search(q);
          const found = await Promise.all(
            search.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()),
          );
          return found.map((d) => d.url);
        },
        [query, '/pagefind/pagefind.js'],
      );
    let forms = 0;
    const misses = { plain: 0, stemmed: 0 };
    const recall = { plain: 0, stemmed: 0 };
    const rows: string[] = [];
    for (const family of ukrainianFamilies) {
      const plain = await Promise.all(family.map(ids));
      const stemmed = await Promise.all(family.map((word) => ids(stemUkrainianQuery(word))));
      const reference = pagesWithAny(family);
      family.forEach((word, i) => {
        forms++;
        const share = (found: string[]) =>
          reference.size ? found.filter((id) => reference.has(id)).length / reference.size : 1;
        const [p, s] = [share(plain[i]!), share(stemmed[i]!)];
        recall.plain += p;
        recall.stemmed += s;
        if (p < 0.5) misses.plain++;
        if (s < 0.5) misses.stemmed++;
        rows.push(
          `  ${word.padEnd(16)} ${String(Math.round(p * 100)).padStart(4)} %  ${String(Math.round(s * 100)).padStart(4)} %`,
        );
      });
    }

    const report = {
      firstSearch,
      slowPhone,
      budget,
      ukrainian: {
        forms,
        missesWithoutStemming: misses.plain,
        missesWithStemming: misses.stemmed,
        averageRecallWithout: recall.plain / forms,
        averageRecallWith: recall.stemmed / forms,
      },
    };
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify(report, null, 2));
    } else {
      console.log(`First search for "${firstQuery}" from a guide page (gzip as sent; budget ${budget / 1000} KB):`);
      for (const r of firstSearch) {
        console.log(
          `  ${r.lang}  ${(r.bytes / 1000).toFixed(1).padStart(6)} KB in ${String(r.requests).padStart(2)} requests` +
            `${r.bytes > budget ? '  over budget' : ''}   (search code loaded before searching: ${r.beforeSearch} B)`,
        );
      }
      console.log('\nOn a slow phone (150 ms, 1.6 Mbit/s, CPU 4× slower), time to the first result:');
      for (const r of slowPhone) {
        console.log(
          `  ${r.lang}  ${(r.ms / 1000).toFixed(2)} s with the word pasted and sent at once; ` +
            `${(r.afterTyping / 1000).toFixed(2)} s after Enter when typed`,
        );
      }
      console.log(
        '\nUkrainian word forms: share of the pages containing any form of the word that a search for this form finds\n(under 50 % counts as a miss)',
      );
      console.log('  form               plain  light stemming');
      rows.forEach((row) => console.log(row));
      console.log(
        `  misses: ${misses.plain} of ${forms} without stemming, ${misses.stemmed} of ${forms} with; ` +
          `average recall ${Math.round((recall.plain / forms) * 100)} % → ${Math.round((recall.stemmed / forms) * 100)} %`,
      );
    }
  } finally {
    await browser.close();
    server.kill();
  }
}
