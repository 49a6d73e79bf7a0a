import { expect, test, type Page } from '@playwright/test';
import { allLocales } from '../../src/core/locales.ts';
import { routes } from '../../src/lib/routes.ts';
import { examplesOrigin as examples } from './servers.ts';

/** The answers of "I have left school, and my question is about my residence permit" – and the station they lead to. */
const residenceQuestion = { answers: ['wunsch', 'station-1'], station: '1' };
/** "I learned a job abroad and want it recognised." */
const recognitionQuestion = { answers: ['wunsch-mit-beruf', 'station-4'], station: '4' };

/** Taps the visible answer leading to each step in turn. */
async function answer(page: Page, lang: string, steps: readonly string[]) {
  for (const step of steps) {
    await page
      .locator(`.questionnaire__step:not([hidden]) a[href="${routes.questionnaire(lang as never, step)}"]`)
      .first()
      .click();
  }
}

test.describe('"Which station is right for me?"', () => {
  for (const [i, locale] of allLocales.entries()) {
    const path = i % 2 === 0 ? residenceQuestion : recognitionQuestion;
    test(`without and with JavaScript, the same answers land on the same station (${locale.code})`, async ({
      browser,
    }) => {
      const resultUrl = new RegExp(`${routes.questionnaire(locale.code, path.answers.at(-1))}$`);

      // Without JavaScript: every answer is a link to a pre-built page.
      const plain = await browser.newContext({ javaScriptEnabled: false });
      const noJs = await plain.newPage();
      await noJs.goto(routes.questionnaire(locale.code));
      await answer(noJs, locale.code, path.answers);
      await expect(noJs).toHaveURL(resultUrl);
      const noJsResult = noJs.locator('.questionnaire__result:not([hidden])');
      await expect(noJsResult).toHaveAttribute('data-station', path.station);
      const noJsHeading = await noJsResult.locator('h2').first().textContent();
      await plain.close();

      // With JavaScript: the same answers switch the page in place – no page load – and the URL follows.
      const enhanced = await browser.newContext();
      const js = await enhanced.newPage();
      await js.goto(routes.questionnaire(locale.code));
      await js.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
      await answer(js, locale.code, path.answers);
      await expect(js).toHaveURL(resultUrl);
      const jsResult = js.locator('.questionnaire__result:not([hidden])');
      await expect(jsResult).toHaveAttribute('data-station', path.station);
      await expect(jsResult.locator('h2').first()).toHaveText(noJsHeading!);
      // Focus moved to the result's heading, so a screen reader announces it.
      await expect(jsResult.locator('h2').first()).toBeFocused();
      expect(await js.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
      expect(await js.title()).toContain(noJsHeading!.trim());
      // Back returns to the previous question, in place.
      await js.goBack();
      await expect(js.locator('.questionnaire__step:not([hidden]) > h2')).toBeFocused();
      await expect(js.locator('.questionnaire__step:not([hidden])')).toHaveAttribute('data-step', path.answers[0]!);
      await enhanced.close();
    });
  }

  test('works with the keyboard alone, in Arabic, right to left', async ({ page }) => {
    await page.goto(routes.questionnaire('ar'));
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const first = page.locator('.questionnaire__step:not([hidden]) .questionnaire__answers a').first();
    await first.focus();
    await page.keyboard.press('Enter');
    const heading = page.locator('.questionnaire__step:not([hidden]) > h2');
    await expect(heading).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('.questionnaire__step:not([hidden]) .questionnaire__answers a').first()).toBeFocused();
    // Answers read right to left: the first answer's text starts at the right edge of its box.
    const box = await page
      .locator('.questionnaire__step:not([hidden]) .questionnaire__answers a')
      .first()
      .boundingBox();
    const text = await page
      .locator('.questionnaire__step:not([hidden]) .questionnaire__answers a')
      .first()
      .evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const rects = [...range.getClientRects()];
        return Math.max(...rects.map((r) => r.right));
      });
    expect(Math.abs(box!.x + box!.width - text)).toBeLessThan(40);
  });
});

test.describe('partners by district', () => {
  const cases = [
    {
      lang: 'de',
      district: 'harz',
      present: ['ihk-magdeburg', 'hwk-magdeburg', 'agentur-fuer-arbeit-sachsen-anhalt-west'],
      absent: ['ihk-halle-dessau', 'hwk-halle'],
    },
    {
      lang: 'en',
      district: 'stendal',
      present: ['ihk-magdeburg', 'agentur-fuer-arbeit-sachsen-anhalt-nord'],
      absent: ['ihk-halle-dessau'],
    },
    {
      lang: 'ar',
      district: 'halle-saale',
      present: ['ihk-halle-dessau', 'hwk-halle', 'agentur-fuer-arbeit-sachsen-anhalt-sued'],
      absent: ['ihk-magdeburg', 'hwk-magdeburg'],
    },
    {
      lang: 'ru',
      district: 'wittenberg',
      present: ['ihk-halle-dessau', 'agentur-fuer-arbeit-sachsen-anhalt-ost'],
      absent: ['agentur-fuer-arbeit-sachsen-anhalt-nord'],
    },
    { lang: 'uk', district: 'dessau-rosslau', present: ['ihk-halle-dessau', 'hwk-halle'], absent: ['hwk-magdeburg'] },
  ] as const;

  test('the district filter shows the regional organisations responsible there, in every language', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const c of cases) {
      await page.goto(routes.section(c.lang, 'partners'));
      await page
        .locator(`a[href="${routes.partnersInDistrict(c.lang, c.district)}"]`)
        .first()
        .click();
      await expect(page).toHaveURL(new RegExp(`${routes.partnersInDistrict(c.lang, c.district)}$`));
      for (const slug of c.present) await expect(page.locator(`[data-partner="${slug}"]`).first(), slug).toBeVisible();
      for (const slug of c.absent) await expect(page.locator(`[data-partner="${slug}"]`), slug).toHaveCount(0);
      // Statewide partners are there too, and the immigration office names the reader's district.
      await expect(page.locator('[data-partner="lamsa"]').first()).toBeVisible();
      await expect(page.locator('[data-partner="auslaenderbehoerde"] .partner-card__office-title')).toContainText(
        /[A-ZÄÖÜ]/,
      );
    }
    await context.close();
  });
});

test.describe('with example events', () => {
  test.use({ baseURL: examples });

  test('a partner page lists its upcoming events, derived from the events, in every language', async ({ page }) => {
    for (const locale of allLocales) {
      await page.goto(routes.entry(locale.code, 'partners', 'kausa-landesstelle-sachsen-anhalt'));
      const events = page.getByTestId('partner-events');
      await expect(events.locator(`a[href="${routes.entry(locale.code, 'events', 'beispiel-halle')}"]`)).toBeVisible();
      // The cancelled example event names no partner; the past kick-off is not upcoming.
      await expect(events.locator(`a[href*="auftakt-magdeburg-2025"]`)).toHaveCount(0);
      await page.goto(routes.entry(locale.code, 'partners', 'ihk-magdeburg'));
      await expect(
        page
          .getByTestId('partner-events')
          .locator(`a[href="${routes.entry(locale.code, 'events', 'beispiel-stendal')}"]`),
      ).toBeVisible();
    }
  });

  for (const lang of ['ar', 'uk'] as const) {
    test(`"a question about my residence permit and an apprenticeship" reaches station, office and date (${lang})`, async ({
      page,
    }) => {
      await page.goto(routes.home(lang));
      await page
        .locator(`main a[href="${routes.questionnaire(lang)}"]`)
        .first()
        .click();
      await answer(page, lang, ['wunsch', 'station-1']);
      const result = page.locator('.questionnaire__result[data-station="1"]:not([hidden])');
      await expect(result).toBeVisible();
      // The next date where station 1 is offered, in the reader's language.
      await expect(result.getByTestId('station-events').locator('a').first()).toHaveAttribute(
        'href',
        routes.entry(lang, 'events', 'beispiel-halle'),
      );
      // The immigration office – and the one for the reader's district.
      await expect(result.locator(`a[href="${routes.entry(lang, 'partners', 'auslaenderbehoerde')}"]`)).toBeVisible();
      await result.locator(`a[href="${routes.partnersInDistrict(lang, 'salzlandkreis')}#station-1"]`).click();
      await expect(page).toHaveURL(new RegExp(`${routes.partnersInDistrict(lang, 'salzlandkreis')}#station-1$`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // The district's name stays German (as on the office's letters), isolated inside the reader's language.
      const office = page.locator('#station-1 [data-partner="auslaenderbehoerde"] .partner-card__office-title');
      await expect(office.locator('bdi[lang="de"]', { hasText: /^Salzlandkreis$/ })).toHaveCount(1);
    });
  }
});
