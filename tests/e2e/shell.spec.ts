import { expect, test, type Page } from '@playwright/test';
import { localeCodes } from '../../src/core/locales.ts';
import { allPages, pageTypes, printPages, readingHelpPages } from './pages.ts';

/**
 * Blocks every request that is not to this site (it never reaches the network) and records it;
 * the privacy checks expect the record to stay empty.
 */
async function recordForeignRequests(page: Page, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:')) return route.continue();
    foreign.push(`${page.url()} → ${url}`);
    return route.abort('blockedbyclient');
  });
  return foreign;
}

// Every page type in every language is walked by the reflow test below, which checks privacy on the way.
const pagesOutsideTheWalk = [
  ...allPages.filter((p) => !Object.values(pageTypes).some((type) => p.lang && type(p.lang) === p.path)),
  ...printPages,
  ...readingHelpPages,
];

test.describe('privacy: no request leaves the site', () => {
  test('the language chooser, the shared 404, German-only pages, print views and reading helps ask no other server for anything', async ({
    page,
    baseURL,
  }) => {
    const foreign = await recordForeignRequests(page, new URL(baseURL!).origin);
    for (const { path } of pagesOutsideTheWalk) {
      await page.goto(path);
      await page.waitForLoadState('load');
    }
    expect(foreign).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });
});

async function focusOutline(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName,
      text: el.textContent?.trim() ?? '',
      inNav: !!el.closest('.main-nav'),
      inSwitcher: !!el.closest('.language-switcher'),
      outline: style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0,
      visible: el.getBoundingClientRect().height > 0,
    };
  });
}

test.describe('keyboard', () => {
  for (const lang of ['de', 'ar'] as const) {
    test(`Tab reaches the skip link, the language switcher and the main navigation with visible focus (${lang})`, async ({
      page,
    }) => {
      await page.goto(pageTypes.guide(lang));
      const seen = [];
      for (let i = 0; i < 14; i++) {
        await page.keyboard.press('Tab');
        seen.push(await focusOutline(page));
      }
      expect(seen[0]!.tag).toBe('A');
      expect(seen[0]!.visible).toBe(true);
      expect(seen.some((f) => f.inSwitcher)).toBe(true);
      expect(seen.some((f) => f.inNav)).toBe(true);
      for (const focus of seen) expect(focus.outline, `focus on "${focus.text}"`).toBeGreaterThanOrEqual(2);
    });
  }

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto(pageTypes.start('ru'));
    await page.keyboard.press('Tab');
    await expect(page.locator('.skip-link')).toBeFocused();
    await expect(page.locator('.skip-link')).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});

test.describe('small screens and zoom', () => {
  for (const lang of localeCodes) {
    test(`every page type reflows at 320 CSS pixels without sideways scrolling, and asks no other server for anything (${lang})`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      const foreign = await recordForeignRequests(page, new URL(baseURL!).origin);
      for (const path of Object.values(pageTypes)) {
        await page.goto(path(lang));
        await page.waitForLoadState('load');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, path(lang)).toBeLessThanOrEqual(0);
      }
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      await context.close();
    });
  }

  test('text zoomed to 200 % on a 640 px screen still fits (the WCAG 1.4.4 case)', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 640, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const lang of ['de', 'ar'] as const) {
      await page.goto(pageTypes.guide(lang));
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
