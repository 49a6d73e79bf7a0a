/**
 * "Words from my letter" (`/<lang>/glossar/mein-brief/`) in the built site: a German letter
 * pasted in each of the five languages gets its glossary words explained in the reader's
 * language, on the device – no request while it matches, nothing of the text in any request.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Request } from '@playwright/test';
import { parse } from 'yaml';
import { allLocales, localeCodes, type LocaleCode } from '../../src/core/locales.ts';
import { routes } from '../../src/lib/routes.ts';
import { axeViolations } from '../a11y/axe.ts';

/** The UI strings as readers get them (read as files: Playwright's loader takes no JSON imports). */
const uiStrings = Object.fromEntries(
  localeCodes.map((code) => [
    code,
    JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${code}.json`, import.meta.url), 'utf8')) as Record<
      string,
      string
    >,
  ]),
) as Record<LocaleCode, Record<string, string>>;

const letter = `Sehr geehrte Frau Haddad,

anbei erhalten Sie Ihren Ausbildungsvertrag. Die Probezeit beträgt vier Monate.
Der Unterricht in der Berufsschule beginnt am 1. September.`;
/** The glossary words in that letter, in the order it uses them. */
const expectedWords = ['ausbildungsvertrag', 'probezeit', 'berufsschule'];

/** A glossary entry's fields as the editors wrote them (its translation file, else German). */
function glossaryEntry(lang: LocaleCode, slug: string): { term: string; translation?: string; description: string } {
  const file = new URL(`../../content/glossary/${lang}/${slug}.md`, import.meta.url);
  return parse(readFileSync(file, 'utf8').split('---')[1]!);
}

async function openBox(page: Page, lang: LocaleCode) {
  await page.goto(routes.glossaryLetter(lang));
  const box = page.getByLabel(uiStrings[lang]['letter.label']!);
  // Focusing the box loads its script and this language's words, once.
  const words = page.waitForResponse((response) => response.url().endsWith(routes.glossaryLetterWords(lang)));
  await box.focus();
  expect((await words).ok()).toBe(true);
  return box;
}

const explain = (page: Page, lang: LocaleCode) =>
  page.getByRole('button', { name: uiStrings[lang]['letter.submit']! }).click();

test.describe('words from my letter, explained on the device', () => {
  for (const locale of allLocales) {
    test(`a pasted German letter gets its glossary words explained in the reader's language, without a request (${locale.code})`, async ({
      page,
    }) => {
      const lang = locale.code;
      const requests: Request[] = [];
      page.on('request', (request) => requests.push(request));
      const box = await openBox(page, lang);
      const afterLoad = requests.length;

      await box.fill(letter);
      await explain(page, lang);
      await expect(page.locator('[data-letter-status]')).toHaveText(
        uiStrings[lang][`letter.found_${new Intl.PluralRules(locale.intl).select(3)}`]!.replace('{{count}}', '3'),
      );

      // Nothing went over the network while matching, and no request ever carried the text.
      expect(requests.slice(afterLoad).map((r) => r.url())).toEqual([]);
      for (const request of requests) {
        expect(request.method()).toBe('GET');
        expect(decodeURIComponent(request.url())).not.toContain('Haddad');
      }

      // Each word once, in the order of the letter, linked to its entry in the reader's language.
      const items = page.locator('.letter-words > li');
      await expect(items).toHaveCount(expectedWords.length);
      for (const [i, slug] of expectedWords.entries()) {
        const item = items.nth(i);
        const entry = glossaryEntry(lang, slug);
        const link = item.locator('h3 a');
        await expect(link).toHaveAttribute('href', routes.entry(lang, 'glossary', slug));
        await expect(link.locator('bdi[lang="de"]')).toHaveText(entry.term);
        if (lang !== 'de') await expect(item.locator('h3')).toContainText(entry.translation!);
        const description = item.locator('p').first();
        await expect(description).toHaveText(entry.description);
        // In the reader's language and direction (the page's), German terms in it marked German.
        expect(
          await description.evaluate((p) => [p.closest('[lang]')!.getAttribute('lang'), getComputedStyle(p).direction]),
        ).toEqual([locale.bcp47, locale.dir]);
        if (lang === 'ar' || lang === 'ru' || lang === 'uk') {
          await expect(description.locator('bdi[lang="de"]').first()).toBeAttached();
        }
      }

      // The letter again, German, its glossary words marked.
      const echo = page.locator('[data-letter-echo]');
      await expect(echo).toHaveAttribute('lang', 'de');
      await expect(echo.locator('mark')).toHaveText(['Ausbildungsvertrag', 'Probezeit', 'Berufsschule']);
      expect(await echo.textContent()).toBe(letter);
    });
  }

  test('the pasted text is shown as text, never run as HTML', async ({ page }) => {
    const box = await openBox(page, 'de');
    const hostile = '<img src=x onerror="window.pwned=1"><b>Berufsschule</b> <script>window.pwned=2</script>';
    await box.fill(hostile);
    await explain(page, 'de');
    const echo = page.locator('[data-letter-echo]');
    await expect(echo.locator('mark')).toHaveText(['Berufsschule']);
    expect(await echo.textContent()).toBe(hostile);
    await expect(echo.locator('img, b, script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });

  test('an empty box and a text without glossary words say so and offer the glossary A–Z (ar)', async ({ page }) => {
    const box = await openBox(page, 'ar');
    await explain(page, 'ar');
    await expect(page.locator('[data-letter-status]')).toHaveText(uiStrings.ar['letter.empty']!);
    await expect(box).toBeFocused();
    await box.fill('Guten Tag, wir freuen uns auf Sie.');
    await explain(page, 'ar');
    await expect(page.locator('[data-letter-status]')).toHaveText(uiStrings.ar['letter.none']!);
    await expect(page.locator('[data-letter-result]')).toBeHidden();
    await expect(page.locator(`[data-letter-none] a[href="${routes.section('ar', 'glossary')}"]`)).toBeVisible();
    // "Delete the text" empties the box.
    await page.getByRole('button', { name: uiStrings.ar['letter.clear']! }).click();
    await expect(box).toHaveValue('');
  });

  test('when the words cannot be loaded, the page says so (ru)', async ({ page }) => {
    await page.route(`**${routes.glossaryLetterWords('ru')}`, (route) => route.abort());
    await page.goto(routes.glossaryLetter('ru'));
    await page.getByLabel(uiStrings.ru['letter.label']!).fill(letter);
    await explain(page, 'ru');
    await expect(page.locator('[data-letter-status]')).toHaveText(uiStrings.ru['letter.unavailable']!);
  });

  for (const lang of ['de', 'ar'] as const) {
    test(`without JavaScript the page says the box needs it and links the glossary A–Z (${lang})`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(routes.glossaryLetter(lang));
      await expect(page.locator('textarea')).toBeHidden();
      const notice = page.locator('main p', { hasText: uiStrings[lang]['letter.noScript']! });
      await expect(notice).toBeVisible();
      await expect(notice.locator(`a[href="${routes.section(lang, 'glossary')}"]`)).toBeVisible();
      await expect(page.getByText(uiStrings[lang]['letter.privacy']!).first()).toBeVisible();
      await context.close();
    });

    test(`axe finds no violation with the words explained (${lang})`, async ({ page }) => {
      const box = await openBox(page, lang);
      await box.fill(letter);
      await explain(page, lang);
      await expect(page.locator('.letter-words > li')).toHaveCount(3);
      const { violations, passes } = await axeViolations(page);
      expect(violations).toEqual([]);
      expect(passes).toBeGreaterThan(10);
    });
  }

  test('the glossary A–Z and the search page lead to the box', async ({ page }) => {
    for (const lang of ['de', 'ar'] as const) {
      await page.goto(routes.section(lang, 'glossary'));
      await expect(page.locator(`main a[href="${routes.glossaryLetter(lang)}"]`)).toBeVisible();
      await page.goto(routes.search(lang));
      await expect(page.locator(`main a[href="${routes.glossaryLetter(lang)}"]`).first()).toBeVisible();
      await expect(page.locator(`[data-search-empty] a[href="${routes.glossaryLetter(lang)}"]`)).toBeAttached();
    }
  });
});
