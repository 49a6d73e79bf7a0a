/**
 * "Did this page help you?" in Chromium: Yes and No are plain mailto links
 * (no JavaScript needed) to the campaign's contact address, naming the page
 * (title and address) and its language in the subject and body. The real
 * content has no contact address yet, so the build with the example events
 * (its reserved example address) shows the feature; the real build hides it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/core/locales.ts';
import { campaignContact } from '../../src/data/campaign.ts';
import { exampleFeedbackAddress } from '../../src/lib/sharing/pageFeedback.ts';
import { pageTypes } from './pages.ts';
import { examplesOrigin } from './servers.ts';

/** A UI string as the build uses it (read as a file: Playwright's loader needs no JSON import attributes then). */
const uiString = (lang: string, key: string): string =>
  (
    JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8')) as Record<
      string,
      string
    >
  )[key]!;

/** The feedback links of the page, taken apart as a mail app reads them. */
async function feedbackMails(page: Page) {
  const hrefs = await page
    .locator('.page-feedback a[href^="mailto:"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  return hrefs.map((href) => {
    const url = new URL(href);
    return {
      to: decodeURIComponent(url.pathname),
      subject: url.searchParams.get('subject')!,
      body: url.searchParams.get('body')!,
    };
  });
}

test.describe('page feedback by e-mail', () => {
  test.use({ baseURL: examplesOrigin });

  for (const lang of ['de', 'ar'] as const) {
    test(`Yes and No open a prepared e-mail naming the page and its language, without JavaScript (${lang})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL: examplesOrigin });
      const page = await context.newPage();
      const t = (key: string) => uiString(lang, key);
      const path = pageTypes.guide(lang);
      await page.goto(path);
      const section = page.locator('.page-feedback');
      await expect(section.getByRole('heading', { level: 2 })).toHaveText(t('feedback.heading'));
      await expect(section).toHaveAttribute('lang', locales[lang].bcp47);
      await expect(section.getByRole('link', { name: t('feedback.yes'), exact: true })).toBeVisible();
      await expect(section.getByRole('link', { name: t('feedback.no'), exact: true })).toBeVisible();

      const title = (await page.locator('main h1').textContent())!.trim();
      const address = `http://localhost:4321${path}`;
      const [yes, no] = await feedbackMails(page);
      for (const [mail, answer] of [
        [yes!, 'Ja, hilfreich'],
        [no!, 'Nein, nicht hilfreich'],
      ] as const) {
        expect(mail.to).toBe(exampleFeedbackAddress);
        expect(mail.subject).toBe(`Rückmeldung (${lang}): ${answer} – ${title}`);
        const lines = mail.body.split('\r\n');
        // The reader's own language first, then room for a comment, then the facts for the editors.
        expect(lines[0]).toBe(t('feedback.mailPrompt'));
        expect(lines.slice(1, 4)).toEqual(['', '', '']);
        expect(lines.slice(5)).toEqual([
          'Für die Redaktion:',
          `Antwort: ${answer}`,
          `Seite: ${address}`,
          `Sprache: ${locales[lang].nativeName} (${lang})`,
        ]);
      }
      await context.close();
    });
  }

  test('every content page asks, once; "not found" pages do not', async ({ page }) => {
    for (const [name, path] of Object.entries(pageTypes)) {
      await page.goto(path('de'));
      await expect(page.locator('.page-feedback'), name).toHaveCount(name === 'notFound' ? 0 : 1);
    }
  });
});

test('the real site asks only once the campaign has a contact address (src/data/campaign.ts)', async ({ page }) => {
  await page.goto(pageTypes.guide('de'));
  await expect(page.locator('.page-feedback')).toHaveCount(campaignContact.email ? 1 : 0);
});
