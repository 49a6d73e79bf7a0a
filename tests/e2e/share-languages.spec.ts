/**
 * "Send this page in another language" and the questionnaire's result card,
 * in the built site in Chromium: the choice in the share block switches the
 * links, the message and the QR code (decoded with a real decoder); without
 * JavaScript a list links the other languages' pages and QR codes; the card
 * shows German and the reader's language, prints on one A5 sheet and its QR
 * code opens the German result.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { allLocales, locales, type LocaleCode } from '../../src/core/locales.ts';
import { routes } from '../../src/lib/routes.ts';
import { decodeQrPng, decodeQrSvg } from '../qrDecode.ts';
import { axeViolations } from '../a11y/axe.ts';

const site = 'http://localhost:4321';
// The German UI strings (a JSON import would need an import attribute the test runner does not give).
const german = JSON.parse(readFileSync('src/i18n/ui/de.json', 'utf8')) as Record<string, string>;
const germanAnswer = (question: string, answer: string) => german[`questionnaire.${question}.${answer}`]!;
const guide = 'was-ist-eine-ausbildung';

/** What a share link sends: the WhatsApp text, Telegram's url and text, the e-mail's subject and body. */
async function sentBy(share: Locator) {
  const href = async (name: string) =>
    new URL((await share.getByRole('link', { name, exact: true }).getAttribute('href'))!);
  const whatsapp = await href('WhatsApp');
  const telegram = await href('Telegram');
  const email = new URL((await share.locator('a[data-share-link="email"]').getAttribute('href'))!);
  return {
    whatsapp: whatsapp.searchParams.get('text'),
    telegram: { url: telegram.searchParams.get('url'), text: telegram.searchParams.get('text') },
    email: { subject: email.searchParams.get('subject'), body: email.searchParams.get('body') },
  };
}

/** The title of the page in another language, as its readers see it. */
async function titleOf(page: Page, path: string): Promise<string> {
  const other = await page.context().newPage();
  await other.goto(path);
  const title = (await other.locator('h1').textContent())!.trim();
  await other.close();
  return title;
}

/** The QR code the reader sees in the share block, read from a screenshot of it. */
async function shownQrCode(share: Locator): Promise<string | undefined> {
  const details = share.locator('details.share-qr');
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
  const image = details.locator('img');
  await expect(image).toBeVisible();
  await image.evaluate((img: HTMLImageElement) => img.decode());
  return decodeQrPng(await image.screenshot());
}

test.describe('send this page in another language', () => {
  for (const [from, to] of [
    ['de', 'ar'],
    ['ar', 'de'],
  ] as const) {
    test(`choosing ${locales[to].germanName} on the ${locales[from].germanName} guide page switches link, message and QR code`, async ({
      page,
      context,
      baseURL,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      const loaded: string[] = [];
      page.on('request', (request) => loaded.push(request.url()));
      await page.goto(routes.entry(from, 'guides', guide));
      const share = page.locator('.share');
      const chooser = share.getByRole('group', { name: (await share.locator('legend').textContent())!.trim() });
      await expect(chooser).toBeVisible();
      await expect(share.locator('[data-share-fallback]')).toBeHidden();
      await expect(chooser.getByRole('radio', { name: locales[from].nativeName })).toBeChecked();
      const ownUrl = `${site}${routes.entry(from, 'guides', guide)}`;
      expect((await sentBy(share)).whatsapp).toContain(ownUrl);
      expect(await shownQrCode(share)).toBe(ownUrl);
      // The code that switches the block is not loaded before the first choice.
      expect(loaded.filter((url) => url.includes('shareLanguage'))).toEqual([]);

      await chooser.getByRole('radio', { name: locales[to].nativeName }).check();
      const url = `${site}${routes.entry(to, 'guides', guide)}`;
      const title = await titleOf(page, routes.entry(to, 'guides', guide));
      await expect(share.locator('[data-share-address]')).toHaveText(url);
      const sent = await sentBy(share);
      expect(sent.whatsapp).toBe(`${title}\n${url}`);
      expect(sent.telegram).toEqual({ url, text: title });
      expect(sent.email).toEqual({ subject: title, body: `${title}\n${url}` });
      expect(await shownQrCode(share)).toBe(url);
      await expect(share.locator('#share-status')).toContainText(
        new Intl.DisplayNames([locales[from].intl], { type: 'language' }).of(to)!,
      );
      expect(loaded.filter((url) => url.includes('shareLanguage'))).toHaveLength(1);
      // "Copy link" copies the chosen language's address.
      const copy = share.locator('button[data-copy]');
      await copy.click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    });
  }

  test('on the start page every language can be sent from every other, with that language’s message', async ({
    page,
  }) => {
    for (const { code: from } of allLocales) {
      await page.goto(routes.home(from));
      const share = page.locator('.share');
      for (const { code: to, nativeName } of allLocales.filter((l) => l.code !== from)) {
        await share.getByRole('radio', { name: nativeName }).check();
        const url = `${site}${routes.home(to)}`;
        await expect(share.locator('[data-share-address]')).toHaveText(url);
        const { whatsapp } = await sentBy(share);
        expect(whatsapp, `${from} → ${to}`).toMatch(new RegExp(`\n${url}$`));
        // The message is the start page's own title in that language.
        const title = await titleOf(page, routes.home(to));
        expect(whatsapp).toContain(title);
      }
    }
  });

  for (const lang of ['de', 'ar'] as const) {
    test(`without JavaScript the ${locales[lang].germanName} event page links every other language's page and QR code`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const page = await context.newPage();
      const slug = 'online-beratung';
      await page.goto(routes.entry(lang, 'events', slug));
      const share = page.locator('.share');
      await expect(share.locator('[data-share-chooser]')).toBeHidden();
      const list = share.locator('[data-share-fallback] ul');
      await expect(list).toBeVisible();
      const others = allLocales.filter((l) => l.code !== lang);
      await expect(list.locator('li')).toHaveCount(others.length);
      for (const other of others) {
        const item = list.locator('li').filter({ has: page.locator(`a[hreflang="${other.code}"]`) });
        const url = `${site}${routes.entry(other.code, 'events', slug)}`;
        await expect(item.locator(`a[hreflang="${other.code}"]`)).toHaveAttribute(
          'href',
          routes.entry(other.code, 'events', slug),
        );
        const qrHref = (await item.locator('a').last().getAttribute('href'))!;
        const svg = await (await page.request.get(qrHref)).text();
        expect(decodeQrSvg(svg), `${lang} → ${other.code}`).toBe(url);
      }
      // The links work: the Arabic (or German) page opens in its language.
      const to: LocaleCode = lang === 'de' ? 'ar' : 'de';
      await list.locator(`a[hreflang="${to}"]`).click();
      await expect(page.locator('html')).toHaveAttribute('lang', to);
      await expect(page).toHaveURL(new RegExp(`${routes.entry(to, 'events', slug)}$`));
      // The QR code in the block still works without JavaScript (a plain <details>).
      expect(await shownQrCode(page.locator('.share'))).toBe(`${site}${routes.entry(to, 'events', slug)}`);
      await context.close();
    });
  }

  for (const lang of ['de', 'ar'] as const) {
    test(`axe finds nothing in the share block with its choice and QR code open (${lang})`, async ({ page }) => {
      await page.goto(routes.entry(lang, 'guides', guide));
      const share = page.locator('.share');
      await share.getByRole('radio', { name: locales.en.nativeName }).check();
      await share.locator('details.share-qr summary').click();
      await expect(share.locator('#share-status')).not.toBeEmpty();
      expect((await axeViolations(page)).violations).toEqual([]);
    });
  }
});

/** The result card as the page shows it. */
const shownCard = (page: Page) => page.locator('.questionnaire__result:not([hidden]) .result-card');

/** A4 and A5 in PDF points, from the first page's MediaBox. */
function firstPageSize(pdf: Buffer): { width: number; height: number } {
  const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/)!;
  const [x0, y0, x1, y1] = box.slice(1).map(Number) as [number, number, number, number];
  return { width: x1 - x0, height: y1 - y0 };
}
const points = (mm: number) => (mm / 25.4) * 72;

test.describe('the questionnaire’s result to take along', () => {
  test('answered in Arabic, the card shows the station, the answers and what to bring in German and Arabic', async ({
    page,
  }) => {
    await page.goto(routes.questionnaire('ar'));
    // "I have finished school without a trade" → "how to find an Ausbildung" → "I have a school certificate".
    // Question, answer and the answer's place in the list.
    const taken = [
      ['lage', 'ohne-beruf', 2],
      ['wunsch', 'ausbildung', 3],
      ['vorhanden', 'zeugnis', 2],
    ] as const;
    const arabicAnswers: string[] = [];
    for (const [, , place] of taken) {
      const link = page.locator(`.questionnaire__step:not([hidden]) .questionnaire__answers li:nth-child(${place}) a`);
      arabicAnswers.push((await link.textContent())!.replace(/\s+/g, ' ').trim());
      await link.click();
    }
    await expect(page).toHaveURL(new RegExp(`${routes.questionnaire('ar', 'station-3')}$`));
    const card = shownCard(page);
    const sides = card.locator('[data-card-side]');
    await expect(sides).toHaveCount(2);
    const [germanSide, arabic] = [sides.first(), sides.last()];
    await expect(germanSide).toHaveAttribute('lang', 'de');
    await expect(germanSide).toHaveAttribute('dir', 'ltr');
    await expect(arabic).toHaveAttribute('lang', 'ar');
    await expect(arabic).toHaveAttribute('dir', 'rtl');
    await expect(germanSide.locator('.result-card__station')).toContainText('Station 3');
    await expect(germanSide.locator('.result-card__station')).toContainText('Ich will eine Ausbildung machen');
    await expect(arabic.locator('.result-card__station')).toContainText('المحطة 3');
    await expect(germanSide.locator('[data-card-answers] li')).toHaveText(
      taken.map(([question, answer]) => germanAnswer(question, answer)),
    );
    await expect(arabic.locator('[data-card-answers] li')).toHaveText(arabicAnswers);
    // What the station's own page says one can bring, and that it is a help, not a rule.
    await expect(germanSide.locator('ul[lang="de"] li').first()).toContainText('Zeugnisse');
    await expect(arabic.locator('ul[lang="ar"] li').first()).toContainText('Zeugnisse');
    await expect(germanSide).toContainText('keine Pflicht und keine rechtliche Auskunft');

    // Back to the second question and another answer: the card forgets the answers given after it.
    await page.goBack();
    await page.goBack();
    await page.locator('.questionnaire__step:not([hidden]) a[data-next="station-2"]').click();
    await expect(shownCard(page).locator('[data-card-side="de"] [data-card-answers] li')).toHaveText([
      germanAnswer('lage', 'ohne-beruf'),
      germanAnswer('wunsch', 'orientierung'),
    ]);
  });

  /** Prints the page to PDF as an A5 sheet less its margins shows it, and reads its QR code back. */
  async function printed(page: Page) {
    await page
      .locator('.questionnaire__result:not([hidden]) .result-card img')
      .evaluate((img: HTMLImageElement) => img.decode());
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    // Only the card is printed: not the header, the questions or the partner lists.
    await expect(page.locator('header').first()).toBeHidden();
    await expect(page.locator('h1')).toBeHidden();
    await expect(page.locator('.questionnaire__result:not([hidden]) > h2')).toBeHidden();
    await expect(page.locator('.questionnaire__result:not([hidden]) .result-card__sheet')).toBeVisible();
    return {
      pages: pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length,
      size: firstPageSize(pdf),
      qrCode: decodeQrPng(await page.screenshot({ fullPage: true })),
    };
  }
  // The A5 sheet less the page margins, in CSS pixels: a screenshot shows what is printed.
  const sheet = { viewport: { width: 499, height: 734 }, deviceScaleFactor: 2 };

  for (const { code: lang } of allLocales) {
    test(`printed after three answers, the card is alone on one A5 sheet and its QR code opens the German result (${lang})`, async ({
      browser,
      baseURL,
    }) => {
      const context = await browser.newContext({ ...sheet, baseURL });
      const page = await context.newPage();
      await page.goto(routes.questionnaire(lang));
      // The longest way: three answers, to station 3 (the longest list of what to bring after station 4).
      for (const place of [2, 3, 2]) {
        await page
          .locator(`.questionnaire__step:not([hidden]) .questionnaire__answers li:nth-child(${place}) a`)
          .click();
      }
      await expect(shownCard(page).locator('[data-card-side]:first-child [data-card-answers] li')).toHaveCount(3);
      const { pages, size, qrCode } = await printed(page);
      expect(pages).toBe(1);
      expect(Math.abs(size.width - points(148))).toBeLessThan(1.5);
      expect(Math.abs(size.height - points(210))).toBeLessThan(1.5);
      expect(qrCode).toBe(`${site}${routes.questionnaire('de', 'station-3')}`);
      await context.close();
    });
  }

  test('without JavaScript, a result opened by its address prints as its card on one A5 sheet', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ ...sheet, baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const lang of ['de', 'ar', 'ru'] as const) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(routes.questionnaire(lang, 'station-4'));
      const { pages, qrCode } = await printed(page);
      expect(pages, lang).toBe(1);
      expect(qrCode).toBe(`${site}${routes.questionnaire('de', 'station-4')}`);
    }
    await context.close();
  });

  test('without JavaScript every language’s result has its card, German first, and no empty answers part', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    for (const { code, dir } of allLocales) {
      await page.goto(routes.questionnaire(code, 'station-4'));
      const sides = shownCard(page).locator('[data-card-side]');
      await expect(sides).toHaveCount(code === 'de' ? 1 : 2);
      await expect(sides.first()).toHaveAttribute('lang', 'de');
      await expect(sides.last()).toHaveAttribute('lang', code);
      await expect(sides.last()).toHaveAttribute('dir', dir);
      await expect(shownCard(page).locator('[data-card-answers]').first()).toBeHidden();
      await expect(shownCard(page).locator('button[data-print-card]')).toBeHidden();
      await expect(sides.last().locator('li').first()).not.toBeEmpty();
    }
    await context.close();
  });

  for (const lang of ['de', 'ar'] as const) {
    test(`axe finds nothing on the result card (${lang})`, async ({ page }) => {
      await page.goto(routes.questionnaire(lang));
      await page.locator('.questionnaire__step:not([hidden]) a[data-next="wunsch"]').first().click();
      await page.locator('.questionnaire__step:not([hidden]) a[data-next="station-1"]').click();
      await expect(shownCard(page).locator('[data-card-answers] li').first()).toBeVisible();
      await shownCard(page).scrollIntoViewIfNeeded();
      expect((await axeViolations(page)).violations).toEqual([]);
    });
  }
});
