/**
 * What a reader's first search costs: from a guide page, follow the header's
 * search entry, type a word, press Enter, wait for the results. Counts every
 * response after leaving the guide page – gzip as a host sends text, Pagefind's
 * own files as they are (already compressed) – and what of search loaded
 * before (must be nothing). Shared by the budget test and the benchmark.
 */
import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/** The first-search budget (issues 8 and 10), in bytes. */
export const firstSearchBudget = 100_000;

const compressible = /\.(js|json|css|html|svg|xml)$|\/$/;

export type FirstSearch = { bytes: number; requests: number; beforeSearch: number; files: [string, number][] };

export async function firstSearchTransfer(
  page: Page,
  origin: string,
  lang: string,
  query: string,
): Promise<FirstSearch> {
  let counting = false;
  const result: FirstSearch = { bytes: 0, requests: 0, beforeSearch: 0, files: [] };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (!response.url().startsWith(origin)) return;
    const path = new URL(response.url()).pathname;
    const counted = counting;
    pending.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((body) => {
          const size = compressible.test(path) ? gzipSync(body).length : body.length;
          if (!counted) {
            if (path.includes('/pagefind/')) result.beforeSearch += size;
            return;
          }
          result.bytes += size;
          result.requests++;
          result.files.push([path, size]);
        }),
    );
  });
  await page.goto(`${origin}/${lang}/ausbildung/was-ist-eine-ausbildung/`);
  await page.waitForLoadState('networkidle');
  counting = true;
  await page.locator('header .search-link').click();
  await page.getByRole('searchbox').fill(query);
  await page.getByRole('searchbox').press('Enter');
  await page.locator('.search-results li').first().waitFor();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  return result;
}
