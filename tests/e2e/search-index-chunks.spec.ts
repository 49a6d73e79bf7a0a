/**
 * The site's word index is cut into small chunks after Pagefind writes it
 * (src/integrations/searchIndexChunks.ts). This checks, in Chromium with
 * Pagefind's own search code, that the cut changes no result: the built site's
 * index and the one Pagefind writes for the same pages, uncut, answer a broad
 * sample of queries identically – whole words, their inflected and prefixed
 * forms, beginnings of words as a reader types them, and pairs of words.
 * A term of one character is left out: it is the beginning of a thousand
 * words, and neither index can answer it completely (Pagefind loads one chunk
 * per term, cut or not).
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { allLocales } from '../../src/core/locales.ts';
import { decodeCbor, encodeCbor, readPagefindFile } from '../../src/integrations/pagefindCodec.ts';
import { routes } from '../../src/lib/routes.ts';
import { distDir } from '../build/dist.ts';

let uncut: string;

test.beforeAll(async () => {
  uncut = mkdtempSync(join(tmpdir(), 'pagefind-uncut-'));
  const { index } = await createIndex({});
  await index!.addDirectory({ path: distDir });
  await index!.writeFiles({ outputPath: uncut });
  await close();
});

test.afterAll(() => rmSync(uncut, { recursive: true, force: true }));

/** A sample of queries from the words Pagefind indexed for a language. */
function queriesFor(lang: string): string[] {
  const entry = JSON.parse(readFileSync(join(uncut, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string }>;
  };
  const meta = readPagefindFile(join(uncut, `pagefind.${entry.languages[lang]!.hash}.pf_meta`)) as unknown[];
  const words = (meta[2] as [string, string, string][]).flatMap(([, , hash]) =>
    (
      (readPagefindFile(join(uncut, 'index', `${hash}.pf_index`)) as unknown[][])[0] as [string, unknown, [string][]][]
    ).flatMap(([word, , variants]) => [word, ...variants.map(([original]) => original)]),
  );
  const queries = new Set<string>();
  words.forEach((word, i) => {
    const chars = Array.from(word);
    if (i % 10 === 0) queries.add(word);
    if (i % 15 === 0) queries.add(`${word}en`);
    if (i % 19 === 0) for (const n of [2, 3, 5]) if (chars.length > n) queries.add(chars.slice(0, n).join(''));
    if (lang === 'ar' && i % 23 === 0) queries.add(`ال${word}`).add(`و${word}`);
    if (i % 29 === 0 && words[i + 101]) queries.add(`${word} ${words[i + 101]}`);
  });
  // Pagefind drops punctuation before searching: count letters and digits only.
  const searchable = (term: string) => Array.from(term.replace(/[^\p{L}\p{N}]/gu, '')).length >= 2;
  return [...queries].filter((q) => q.split(' ').every(searchable));
}

test("the splitter reads and writes Pagefind's own files byte for byte", () => {
  const files = ['', 'index', 'filter'].flatMap((folder) =>
    readdirSync(join(uncut, folder))
      .filter((name) => /\.pf_(meta|index|filter)$/.test(name))
      .map((name) => join(uncut, folder, name)),
  );
  expect(files.length).toBeGreaterThan(15);
  for (const file of files) {
    const cbor = gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length);
    expect(encodeCbor(decodeCbor(cbor)).equals(cbor), file).toBe(true);
  }
});

for (const locale of allLocales) {
  test(`cutting the index changes no search result (${locale.code})`, async ({ page }) => {
    await page.route('**/pagefind-uncut/**', (route) =>
      route.fulfill({ path: join(uncut, new URL(route.request().url()).pathname.replace('/pagefind-uncut/', '')) }),
    );
    // The search page: Pagefind takes the language from <html lang>.
    await page.goto(routes.search(locale.code));
    const queries = queriesFor(locale.code);
    expect(queries.length).toBeGreaterThan(200);
    const differing = await page.evaluate(async (queries) => {
      type Pagefind = { search: (q: string) => Promise<{ results: { id: string; score: number }[] }> };
      const cut = (await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string)) as Pagefind;
      const whole = (await import(/* @vite-ignore */ '/pagefind-uncut/pagefind.js' as string)) as Pagefind;
      const answer = async (pagefind: Pagefind, q: string) =>
        (await pagefind.search(q)).results.map((r) => `${r.id} ${r.score.toFixed(5)}`).join(', ');
      const out: string[] = [];
      for (const q of queries) if ((await answer(cut, q)) !== (await answer(whole, q))) out.push(q);
      return out;
    }, queries);
    expect(differing).toEqual([]);
  });
}
