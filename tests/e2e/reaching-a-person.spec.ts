import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { routes } from '../../src/lib/routes.ts';

/** A UI string as the build uses it (read as a file: Playwright's loader needs no JSON import attributes then). */
const uiString = (lang: string, key: string): string =>
  (
    JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8')) as Record<
      string,
      string
    >
  )[key]!;

test.describe('reaching a person', () => {
  for (const lang of ['de', 'ar'] as const) {
    test(`a prepared message to a partner is shown large at the counter and closed again, without JavaScript (${lang})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(routes.entry(lang, 'partners', 'lamsa'));
      const section = page.locator('section.prepared-message');
      const large = page.locator('#message-large');
      await expect(large).toBeHidden();
      await section.locator('a[href="#message-large"]').click();
      await expect(large).toBeVisible();
      await expect(large.locator('p')).toContainText('Guten Tag,');
      if (lang === 'ar') await expect(large.locator('p')).toContainText('Meine Sprache ist Arabisch.');
      // Large text fills the phone's screen, readable across the counter.
      const fontSize = await large.locator('p').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      expect(fontSize).toBeGreaterThanOrEqual(22);
      await large.getByRole('link').click();
      await expect(large).toBeHidden();
      // The e-mail goes to the address the partner publishes, with the German text.
      const mail = await section.locator('a[href^="mailto:"]').getAttribute('href');
      expect(mail).toMatch(/^mailto:info@lamsa\.de\?subject=/);
      expect(decodeURIComponent(mail!)).toContain('Guten Tag,');
      await context.close();
    });

    test(`a reader sees how the translation was made, and which links lead to German pages (${lang})`, async ({
      page,
    }) => {
      await page.goto(routes.entry(lang, 'guides', 'geld-in-der-ausbildung'));
      const notice = page.locator('.translation-notice');
      if (lang === 'de') {
        await expect(notice).toHaveCount(0);
        await expect(page.locator('.link-language')).toHaveCount(0);
        return;
      }
      await expect(notice).toBeVisible();
      await expect(notice).toHaveAttribute('data-translation-status', 'maschinell-unterstuetzt');
      await expect(page.locator('#sources-heading ~ ul .link-language').first()).toHaveText(
        uiString(lang, 'links.inGerman'),
      );
      // The notice sits above the heading, where the reader starts.
      const noticeBox = await notice.boundingBox();
      const headingBox = await page.locator('h1').boundingBox();
      expect(noticeBox!.y).toBeLessThan(headingBox!.y);
    });
  }
});
