/**
 * The offline copy in the real browser (Chromium runs service workers on http://127.0.0.1): nothing
 * is registered or fetched before the reader asks; saving a language stores what its manifest lists
 * and, offline, serves the saved guide, glossary, station and event pages, and the offline page for
 * the rest; deleting leaves no cache and no service worker behind.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import type { LocaleCode } from '../../src/core/locales.ts';
import { formatMegabytes, isEventPagePath, type OfflineManifest } from '../../src/lib/offlineCopy.ts';
import { parseHtml } from '../../src/lib/formats/htmlDocument.ts';
import { routes } from '../../src/lib/routes.ts';
import { realExamples } from '../../scripts/pageTypes.ts';
import { examplesOrigin } from './servers.ts';

const dist = join(import.meta.dirname, '../../dist');
const stringsOf = (lang: LocaleCode): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8'));
const manifestOf = (lang: LocaleCode): OfflineManifest =>
  JSON.parse(readFileSync(join(dist, routes.offlineManifest(lang)), 'utf8'));

/** A built page's heading, as the server sends it. */
const headingOf = (path: string) =>
  parseHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'))
    .first('h1')!
    .text.replace(/\s+/g, ' ')
    .trim();

const storage = (page: Page) =>
  page.evaluate(async () => ({
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).map((r) => new URL(r.scope).pathname),
  }));

for (const lang of ['ar', 'de'] as const) {
  const strings = stringsOf(lang);
  const t = (key: string) => strings[key]!;
  const manifest = manifestOf(lang);

  test.describe(`offline copy (${lang})`, () => {
    test('before the reader asks, nothing is registered, stored or fetched for it', async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(routes.home(lang));
      const section = page.locator('[data-offline-copy]');
      await expect(section.getByRole('button', { name: t('offline.save') })).toBeVisible();
      // The size is stated before the reader agrees: the copy and the service worker as transferred (gzip).
      const worker = gzipSync(readFileSync(join(dist, routes.serviceWorker())), { level: 6 }).length;
      await expect(section).toContainText(formatMegabytes(manifest.total.gzip + worker, lang));
      await expect(section).toContainText(formatMegabytes(manifest.total.bytes, lang));
      expect(await storage(page)).toEqual({ caches: [], workers: [] });
      expect(requested.filter((path) => path !== '/favicon.svg')).toEqual([routes.home(lang)]);
    });

    test('saved, its pages open without internet; a page not saved shows the offline page; deleting leaves nothing', async ({
      page,
      context,
    }) => {
      await page.goto(routes.section(lang, 'guides'));
      const section = page.locator('[data-offline-copy]');
      await section.getByRole('button', { name: t('offline.save') }).click();
      await expect(section.getByRole('status')).toHaveText(t('offline.done'), { timeout: 30_000 });
      // The reader goes on from the new state's button.
      await expect(section.getByRole('button', { name: t('offline.delete') })).toBeFocused();
      const saved = await page.evaluate(
        async (name) => (await (await caches.open(name)).keys()).length,
        manifest.cacheName,
      );
      expect(saved).toBe(manifest.files.length + 1);
      expect(await storage(page)).toEqual({ caches: [manifest.cacheName], workers: [routes.home(lang)] });

      await context.setOffline(true);
      const event = manifest.files.find((file) => isEventPagePath(lang, file.url))!.url;
      for (const path of [
        routes.entry(lang, 'guides', realExamples.guide),
        routes.entry(lang, 'glossary', realExamples.glossaryEntry),
        routes.station(lang, 2),
        routes.section(lang, 'events'),
        event,
      ]) {
        const response = await page.goto(path);
        expect(response?.fromServiceWorker(), path).toBe(true);
        await expect(page.locator('h1'), path).toHaveText(headingOf(path));
        await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      }
      // Not saved: the partners. The offline page says so, in the reader's language, and links what is.
      await page.goto(routes.section(lang, 'partners'));
      await expect(page.locator('h1')).toHaveText(t('offline.pageTitle'));
      await expect(page.locator('main').getByRole('link', { name: t('nav.glossary') })).toHaveAttribute(
        'href',
        routes.section(lang, 'glossary'),
      );

      // Still offline: the start page shows the saved state, and deleting works (its code is saved too).
      await page.goto(routes.home(lang));
      await section.getByRole('button', { name: t('offline.delete') }).click();
      await expect(section.getByRole('status')).toHaveText(t('offline.deleted'));
      await expect(section.getByRole('button', { name: t('offline.save') })).toBeFocused();
      expect(await storage(page)).toEqual({ caches: [], workers: [] });
    });

    test('saving without internet says so and leaves nothing behind', async ({ page, context }) => {
      await page.goto(routes.home(lang));
      await context.setOffline(true);
      const section = page.locator('[data-offline-copy]');
      await section.getByRole('button', { name: t('offline.save') }).click();
      await expect(section.getByRole('status')).toHaveText(t('offline.failed'));
      await expect(section.getByRole('button', { name: t('offline.save') })).toBeVisible();
      expect(await storage(page)).toEqual({ caches: [], workers: [] });
    });
  });
}

test('without JavaScript the offer is not shown (it needs a service worker)', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(routes.home('ar'));
  await expect(page.locator('[data-offline-copy]')).toBeHidden();
  await context.close();
});

test('an event page read after the event ended (an old saved copy) says it took place, without registration', async ({
  page,
}) => {
  const path = `${examplesOrigin}${routes.entry('ar', 'events', 'beispiel-halle')}`;
  const tookPlace = stringsOf('ar')['events.tookPlace']!;
  // 14 March 2030, 18:00 in Halle: one minute before the end, then at the end.
  await page.clock.setFixedTime(new Date('2030-03-14T16:59:00Z'));
  await page.goto(path);
  await expect(page.getByText(tookPlace)).toBeHidden();
  await expect(page.locator('#registration-heading')).toBeVisible();
  await page.clock.setFixedTime(new Date('2030-03-14T17:00:00Z'));
  await page.goto(path);
  await expect(page.getByText(tookPlace)).toBeVisible();
  await expect(page.locator('#registration-heading')).toBeHidden();
  await expect(page.getByRole('link', { name: stringsOf('ar')['events.addToCalendar']! })).toBeHidden();
});
