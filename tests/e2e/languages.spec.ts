import { expect, test } from '@playwright/test';
import { allLocales, localeCodes, locales } from '../../src/core/locales.ts';
import { routes } from '../../src/lib/routes.ts';
import { pageTypes } from './pages.ts';
import { examplesOrigin } from './servers.ts';

test.describe('five languages', () => {
  for (const locale of allLocales) {
    test(`the ${locale.germanName} start page declares lang="${locale.bcp47}" and dir="${locale.dir}"`, async ({
      page,
    }) => {
      await page.goto(pageTypes.start(locale.code));
      await expect(page.locator('html')).toHaveAttribute('lang', locale.bcp47);
      await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
      await expect(page.locator('main h1')).toHaveCount(1);
      await expect(page.locator('main')).toHaveAttribute('lang', locale.bcp47);
    });
  }

  test('the Arabic layout is mirrored, measured on screen', async ({ page }) => {
    const measure = async (path: string) => {
      await page.goto(path);
      const width = page.viewportSize()!.width;
      const brand = (await page.locator('.brand').boundingBox())!;
      const navItems = page.locator('.main-nav li');
      const first = (await navItems.nth(0).boundingBox())!;
      const second = (await navItems.nth(1).boundingBox())!;
      const h1 = (await page.locator('main h1').boundingBox())!;
      return { width, brand, first, second, h1 };
    };
    const de = await measure(pageTypes.start('de'));
    const ar = await measure(pageTypes.start('ar'));
    // German: brand and headline start at the left edge; the nav runs left to right.
    expect(de.brand.x).toBeLessThan(de.width / 4);
    expect(de.second.x).toBeGreaterThan(de.first.x);
    expect(de.h1.x).toBeLessThan(40);
    // Arabic: brand and headline end at the right edge; the nav runs right to left.
    expect(ar.brand.x + ar.brand.width).toBeGreaterThan((ar.width * 3) / 4);
    expect(ar.second.x + ar.second.width).toBeLessThan(ar.first.x + ar.first.width);
    expect(ar.width - (ar.h1.x + ar.h1.width)).toBeLessThan(40);
  });

  test('German terms inside Arabic keep their order and are marked German', async ({ page }) => {
    await page.goto(pageTypes.guide('ar'));
    const term = page.locator('main bdi[lang="de"]', { hasText: 'Berufsschule' }).first();
    await expect(term).toBeVisible();
    expect(await term.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  });

  test('switching language on a content page leads to the same page in each language', async ({ page }) => {
    for (const target of localeCodes.filter((code) => code !== 'de')) {
      await page.goto(pageTypes.guide('de'));
      const link = page.locator(`.language-switcher a[hreflang="${locales[target].bcp47}"]`);
      await expect(link).toHaveAttribute('lang', locales[target].bcp47);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${pageTypes.guide(target)}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', locales[target].bcp47);
      await expect(page.locator(`.language-switcher a[aria-current="page"]`)).toHaveText(locales[target].nativeName);
    }
  });

  test('a missing translation shows the German text, says so in the reader language, and links the original', async ({
    page,
  }) => {
    // The real content is complete in five languages; the example build has a German-only page.
    await page.goto(`${examplesOrigin}/ru/beispiel-nur-auf-deutsch/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('main')).toHaveAttribute('lang', 'de');
    await expect(page.locator('main')).toHaveAttribute('dir', 'ltr');
    const notice = page.locator('.fallback-notice');
    await expect(notice).toHaveAttribute('lang', 'ru');
    await expect(notice).toContainText('ещё не переведена');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/de\/beispiel-nur-auf-deutsch\/$/);
    await notice.getByRole('link').click();
    await expect(page).toHaveURL(/\/de\/beispiel-nur-auf-deutsch\/$/);
  });

  test('an unknown address answers 404 with a message in all five languages', async ({ page }) => {
    const response = await page.goto('/ar/gibt-es-nicht/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Seite nicht gefunden');
    for (const locale of allLocales) {
      await expect(page.locator(`main a[href="/${locale.code}/"]`)).toBeVisible();
    }
    await expect(page.locator('[lang="ar"][dir="rtl"] h2')).toHaveText('الصفحة غير موجودة');
  });
});

test.describe('the language chooser at /', () => {
  test('shows the campaign name and the five languages, each in its own script', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('h1')).toHaveText('Sachsen-Anhalt will dich');
    for (const locale of allLocales) {
      const link = page.locator(`a[hreflang="${locale.bcp47}"]`);
      await expect(link).toContainText(locale.nativeName);
      await expect(link.locator('xpath=..')).toHaveAttribute('lang', locale.bcp47);
    }
    await page.locator(`a[hreflang="ar"]`).click();
    await expect(page).toHaveURL(/\/ar\/$/);
    await context.close();
  });

  test('forwards once to the browser language when it is one of the five', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'uk-UA' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/uk\/$/);
    // Back from the forwarded page leaves the site's chooser out of the history.
    await context.close();
  });

  test('stays on the chooser for other browser languages', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForLoadState('load');
    await expect(page).toHaveURL(/\/$/);
    await context.close();
  });

  test('does not forward a reader who chose "All languages" on the site', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ar' });
    const page = await context.newPage();
    await page.goto(pageTypes.start('de'));
    await page.locator(`footer a[href="${routes.allLanguages()}"]`).click();
    await page.waitForLoadState('load');
    await expect(page).toHaveURL(/:\d+\/\?sprachen$/);
    await context.close();
  });

  test('does not forward the "All languages" address opened on its own (a bookmark, a shared link)', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'ar' });
    const page = await context.newPage();
    await page.goto(routes.allLanguages());
    await page.waitForLoadState('load');
    await expect(page).toHaveURL(/:\d+\/\?sprachen$/);
    await expect(page.locator('h1')).toHaveText('Sachsen-Anhalt will dich');
    await context.close();
  });
});
