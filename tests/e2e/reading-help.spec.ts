/**
 * The reading help (`…/mit-deutsch/`) in Chromium, without JavaScript: the reader's text and the
 * German original pair by pair – side by side on a wide screen with the reader's column on the
 * reading side (Arabic on the right), German under each paragraph on a phone, no sideways
 * scrolling at 320 px, and both texts on paper without the site's navigation.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { locales } from '../../src/core/locales.ts';
import { routes } from '../../src/lib/routes.ts';
import { readingHelpLanguages, readingHelpTypes } from '../../scripts/pageTypes.ts';

test.use({ javaScriptEnabled: false });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
}

/** The pairs of the page's text (not the column names), each with its two sides. */
const pairs = (page: Page) => page.locator('main .pair:not(.pair-head)');
const sides = (pair: Locator) => ({
  translated: pair.locator(':scope > .pair__text').first(),
  german: pair.locator(':scope > .pair__de'),
});

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const lang of readingHelpLanguages) {
  const { dir, bcp47 } = locales[lang];
  for (const [type, pathIn] of Object.entries(readingHelpTypes)) {
    test(`${type} (${lang}): pairs beside each other, under each other on a phone, both on paper`, async ({ page }) => {
      await page.setViewportSize({ width: 1100, height: 900 });
      await page.goto(pathIn(lang));
      const count = await pairs(page).count();
      expect(count).toBeGreaterThanOrEqual(3);
      // Every pair: the reader's language first, German beside it, each with its language and direction.
      for (let i = 0; i < count; i++) {
        const { translated, german } = sides(pairs(page).nth(i));
        await expect(translated).toHaveAttribute('lang', bcp47);
        await expect(translated).toHaveAttribute('dir', dir);
        await expect(german).toHaveAttribute('lang', 'de');
        await expect(german).toHaveAttribute('dir', 'ltr');
        await expect(german).not.toBeEmpty();
      }

      // Wide: two columns at the same height, the reader's on the reading side.
      const { translated, german } = sides(pairs(page).last());
      const [wideText, wideGerman] = [await box(translated), await box(german)];
      expect(Math.abs(wideText.y - wideGerman.y)).toBeLessThan(2);
      if (dir === 'rtl') expect(wideText.x).toBeGreaterThan(wideGerman.x + wideGerman.width - 1);
      else expect(wideGerman.x).toBeGreaterThan(wideText.x + wideText.width - 1);

      // A phone: German under each paragraph, in the same column.
      await page.setViewportSize({ width: 360, height: 800 });
      const [narrowText, narrowGerman] = [await box(translated), await box(german)];
      expect(narrowGerman.y).toBeGreaterThanOrEqual(narrowText.y + narrowText.height - 1);
      expect(Math.abs(narrowGerman.width - narrowText.width)).toBeLessThan(2);
      await expect(page.locator('.pair-head')).toBeHidden();

      // 320 px: everything reflows, nothing scrolls sideways.
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);

      // Print: both texts, side by side, without the site's header, footer and links back.
      await page.setViewportSize({ width: 800, height: 1100 });
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      await expect(page.locator('.site-footer')).toBeHidden();
      await expect(page.locator('.reading-help__back').first()).toBeHidden();
      await expect(translated).toBeVisible();
      await expect(german).toBeVisible();
      const [printText, printGerman] = [await box(translated), await box(german)];
      expect(Math.abs(printText.y - printGerman.y)).toBeLessThan(2);
      expect(printText.x === printGerman.x).toBe(false);
    });
  }

  test(`the guide page links its reading help and back, without JavaScript (${lang})`, async ({ page }) => {
    const entry = routes.entry(lang, 'guides', 'was-ist-eine-ausbildung');
    await page.goto(entry);
    const title = (await page.locator('main h1').textContent())!.trim();
    await page.locator('.reading-help-link a').click();
    await expect(page).toHaveURL(new RegExp(`${routes.readingHelp(lang, 'guides', 'was-ist-eine-ausbildung')}$`));
    await expect(page.locator('main h1')).toHaveText(title);
    await page.locator('.reading-help__back a').first().click();
    await expect(page).toHaveURL(new RegExp(`${entry}$`));
  });
}

test('the German page has no reading help: nothing to put beside the German text', async ({ page }) => {
  await page.goto(routes.entry('de', 'guides', 'was-ist-eine-ausbildung'));
  await expect(page.locator('.reading-help-link')).toHaveCount(0);
  const response = await page.goto(routes.readingHelp('de', 'guides', 'was-ist-eine-ausbildung'));
  expect(response?.status()).toBe(404);
});
