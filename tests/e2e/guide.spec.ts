import { expect, test } from '@playwright/test';
import { allLocales } from '../../src/core/locales.ts';
import { routes } from '../../src/lib/routes.ts';
import { examplesOrigin } from './servers.ts';

test.describe('from the start page to "what it is, what it pays, what I need, what I do next"', () => {
  for (const locale of allLocales) {
    test(`in three taps or fewer, without JavaScript (${locale.code})`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(routes.home(locale.code));
      // Tap 1: "what it pays", straight from the start page's first steps.
      await page.locator('.first-steps a').nth(1).click();
      await expect(page).toHaveURL(new RegExp(`${routes.entry(locale.code, 'guides', 'geld-in-der-ausbildung')}$`));
      await expect(page.locator('main')).toHaveAttribute('lang', locale.bcp47);
      await expect(page.locator('main .prose')).toContainText('724');
      await expect(page.locator('#sources-heading')).toBeVisible();
      // Tap 2: back to the steps is not needed – the series leads on ("what I need").
      await page.locator('.series-nav a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`${routes.entry(locale.code, 'guides', 'voraussetzungen')}$`));
      // What to do next is on every page: stations, the online consultation, the next event or the event list.
      await expect(page.locator('#next-steps-heading')).toBeVisible();
      await expect(page.locator('.next-steps a[href*="/veranstaltungen/"]').first()).toBeVisible();
      // Tap 3: a German word in the text opens its explanation in the reader's language.
      const term = page.locator('main .glossary-link').first();
      const word = (await term.textContent())!.trim();
      await term.click();
      await expect(page).toHaveURL(new RegExp(`^[^#]*/${locale.code}/glossar/[a-z0-9-]+/$`));
      await expect(page.locator('h1 bdi[lang="de"]')).toBeVisible();
      expect(word.length).toBeGreaterThan(1);
      await context.close();
    });
  }
});

test.describe('the campaign page in Arabic', () => {
  test('bars grow from the right, the map is not mirrored and its labels read left to right', async ({ page }) => {
    await page.goto(routes.entry('ar', 'pages', 'kampagne'));
    const bar = page.locator('#chart-events-caption ~ .bar-chart__rows svg').first();
    const rect = bar.locator('rect');
    const [svgBox, rectBox] = [await bar.boundingBox(), await rect.boundingBox()];
    expect(Math.abs(svgBox!.x + svgBox!.width - (rectBox!.x + rectBox!.width))).toBeLessThan(1.5);
    expect(rectBox!.x).toBeGreaterThan(svgBox!.x + 1);

    const marker = async (name: string) => {
      const group = page.locator('.campaign-map__marker', { has: page.locator(`text:text-is("${name}")`) });
      return {
        shape: (await group.locator('rect, circle').boundingBox())!,
        label: (await group.locator('text').boundingBox())!,
      };
    };
    const magdeburg = await marker('Magdeburg');
    const halle = await marker('Halle (Saale)');
    // North up, west left, as on every map – also on a right-to-left page.
    expect(halle.shape.y).toBeGreaterThan(magdeburg.shape.y);
    expect(halle.shape.x).toBeGreaterThan(magdeburg.shape.x);
    // A western town's label starts to the right of its marker, not over it.
    expect(magdeburg.label.x).toBeGreaterThan(magdeburg.shape.x + magdeburg.shape.width - 1);
  });
});

test.describe('translation status', () => {
  test('a reader of an outdated translation is told above the text and can open the German text', async ({ page }) => {
    await page.goto(`${examplesOrigin}/en/beispiel-geaenderter-text/`);
    const notice = page.locator('.translation-notice');
    await expect(notice).toContainText('20 November 2026');
    await notice.getByRole('link').click();
    await expect(page).toHaveURL(/\/de\/beispiel-geaenderter-text\/$/);
  });
});
