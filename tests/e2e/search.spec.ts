import { expect, test, type Page } from '@playwright/test';
import { allLocales, type LocaleCode } from '../../src/core/locales.ts';
import { routes } from '../../src/lib/routes.ts';
import { axeViolations } from '../a11y/axe.ts';
import { firstSearchBudget, firstSearchTransfer } from './firstSearch.ts';
import { examplesOrigin } from './servers.ts';

const results = (page: Page) => page.locator('.search-results li');
const firstLinks = async (page: Page, n: number) =>
  (
    await results(page)
      .locator('h2 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
  ).slice(0, n);

async function searchFor(page: Page, lang: LocaleCode, query: string) {
  await page.goto(routes.search(lang));
  await page.getByRole('searchbox').fill(query);
  await page.getByRole('searchbox').press('Enter');
  await expect(page.locator('[data-search-status]')).not.toHaveText(/…|^$/);
}

/** A real query per language and the page it must find among the first three. */
const expected: Record<LocaleCode, [string, string]> = {
  de: ['Probezeit', routes.entry('de', 'glossary', 'probezeit')],
  en: ['minimum pay', routes.entry('en', 'guides', 'geld-in-der-ausbildung')],
  ar: ['أجر التدريب', routes.entry('ar', 'glossary', 'ausbildungsverguetung')],
  ru: ['вид на жительство', routes.entry('ru', 'glossary', 'aufenthaltserlaubnis')],
  // Ukrainian has no stemmer in Pagefind: the nominative must find the page that says "профорієнтації".
  uk: ['профорієнтація', routes.entry('uk', 'glossary', 'berufsberatung')],
};

test.describe('search in the reader language', () => {
  for (const locale of allLocales) {
    test(`a real query finds the page near the top (${locale.code})`, async ({ page }) => {
      const [query, path] = expected[locale.code];
      await searchFor(page, locale.code, query);
      expect(await firstLinks(page, 3)).toContain(path);
    });
  }

  for (const lang of ['ar', 'ru', 'uk', 'en'] as const) {
    test(`the German word from a letter finds its glossary entry in the reader's language (${lang})`, async ({
      page,
    }) => {
      await searchFor(page, lang, 'Ausbildungsvertrag');
      expect((await firstLinks(page, 1))[0]).toBe(routes.entry(lang, 'glossary', 'ausbildungsvertrag'));
      await expect(results(page).first().locator('.search-results__facts')).toHaveAttribute('data-type', 'glossary');
      // …and, with the guide filter, the guide pages about it, in the same language.
      await page.locator('input[name="type"][value="guide"]').check();
      await expect(results(page).first().locator('.search-results__facts')).toHaveAttribute('data-type', 'guide');
      expect((await firstLinks(page, 1))[0]).toMatch(new RegExp(`^/${lang}/ausbildung/`));
    });
  }
});

test('results say what they are, and the type filter narrows them', async ({ page }) => {
  await searchFor(page, 'de', 'Ausbildung');
  const types = await results(page)
    .locator('.search-results__facts')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
  expect(new Set(types).size).toBeGreaterThan(1);
  await page.getByRole('radio', { name: 'Veranstaltung' }).check();
  await expect(results(page).first().locator('.search-results__facts')).toHaveAttribute('data-type', 'event');
  const eventTypes = await results(page)
    .locator('.search-results__facts')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
  expect(new Set(eventTypes)).toEqual(new Set(['event']));
  // An event says when and where.
  await expect(results(page).locator('.search-results__facts', { hasText: 'Magdeburg' })).toContainText('2025');
  expect(page.url()).toContain('type=event');
});

test('works with the keyboard alone and announces the results', async ({ page }) => {
  await page.goto(routes.search('ar'));
  const box = page.getByRole('searchbox');
  await box.focus();
  await page.keyboard.type('Probezeit');
  await page.keyboard.press('Enter');
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toContainText('Probezeit');
  await page.keyboard.press('Tab'); // the search button
  await page.keyboard.press('Tab'); // the first type filter
  await expect(page.locator(':focus')).toHaveAttribute('type', 'radio');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('form[data-search] input[type="radio"]:checked')).not.toHaveValue('');
});

test('no results: says so in the reader language and offers the glossary, the questionnaire and the events', async ({
  page,
}) => {
  // Before any search there is no results list to announce (an empty list reads as "list, 0 items").
  await page.goto(routes.search('uk'));
  await expect(page.locator('[data-search-results]')).toBeHidden();
  await searchFor(page, 'uk', 'qqqxyz');
  await expect(page.getByRole('status')).toContainText('нічого не знайдено');
  await expect(page.locator('[data-search-results]')).toBeHidden();
  const help = page.locator('[data-search-empty]');
  await expect(help).toBeVisible();
  await expect(help.locator(`a[href="${routes.section('uk', 'glossary')}"]`)).toBeVisible();
  await expect(help.locator(`a[href="${routes.section('uk', 'events')}"]`)).toBeVisible();
  await expect(help.locator(`a[href="${routes.questionnaire('uk')}"]`)).toBeVisible();
});

test('when the index cannot be loaded, the page says so instead of waiting forever', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.abort());
  await page.goto(routes.search('ru'));
  await page.getByRole('searchbox').fill('Probezeit');
  await page.getByRole('searchbox').press('Enter');
  await expect(page.getByRole('status')).toContainText('Поиск сейчас недоступен');
});

test('no search code is fetched until the reader starts searching', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) fetched.push(request.url());
  });
  await page.goto(routes.entry('ar', 'guides', 'was-ist-eine-ausbildung'));
  await page.goto(routes.search('ar'));
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await page.getByRole('searchbox').focus();
  await expect.poll(() => fetched.length).toBeGreaterThan(0);
});

test.describe('the first search stays within its byte budget', () => {
  for (const locale of allLocales) {
    test(`from a guide page, via the header, a German word (${locale.code})`, async ({ page, baseURL }) => {
      const first = await firstSearchTransfer(page, baseURL!, locale.code, 'Ausbildungsvertrag');
      expect(first.beforeSearch, 'search loaded before the reader searched').toBe(0);
      // The whole cost of searching: the search page, Pagefind, its language's code, one index chunk, the results.
      expect(first.files.filter(([path]) => path.includes('/pagefind/index/'))).toHaveLength(1);
      expect(first.bytes, first.files.map(([path, size]) => `${size} ${path}`).join('\n')).toBeLessThanOrEqual(
        firstSearchBudget,
      );
    });
  }
});

test('the header search entry works on a phone without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(routes.home('ru'));
  await page.locator('header .search-link').click();
  await expect(page).toHaveURL(new RegExp(`${routes.search('ru')}$`));
  await expect(page.getByRole('searchbox')).toBeVisible();
  await context.close();
});

test('axe finds nothing on the search page with results shown (ar)', async ({ page }) => {
  await searchFor(page, 'ar', 'Ausbildungsvertrag');
  await expect(results(page).first()).toBeVisible();
  expect((await axeViolations(page)).violations).toEqual([]);
});

test.describe('with the example events', () => {
  test.use({ baseURL: examplesOrigin });

  test('upcoming events rank above past ones', async ({ page }) => {
    await page.goto(`${routes.search('de')}?q=Beispiel&type=event`);
    await expect(results(page).first()).toBeVisible();
    const titles = await results(page).locator('h2 a').allTextContents();
    const past = titles.findIndex((title) => title.includes('Vergangener Termin'));
    const upcoming = titles.findIndex((title) => title.includes('Informationstag in Halle'));
    expect(past).toBeGreaterThan(-1);
    expect(upcoming).toBeGreaterThan(-1);
    expect(upcoming).toBeLessThan(past);
  });
});
