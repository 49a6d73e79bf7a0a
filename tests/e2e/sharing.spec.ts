/**
 * Sharing in the real browser: the Arabic preview image against Chromium's own
 * rendering of the same text, posters printed to PDF (one page, a QR code that
 * opens the right page), short links, and the copy and share buttons.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { renderTextLine, shareImageFonts, wrapText } from '../../src/integrations/shareCardRenderer.ts';
import { routes } from '../../src/lib/routes.ts';
import { eventShortId } from '../../src/lib/sharing/shortLinks.ts';
import { decodeQrPng, pngSize } from '../qrDecode.ts';
import { examplesOrigin as examples } from './servers.ts';

const site = 'http://localhost:4321';

/** Darkness per pixel column across the ink, resampled to `bins` values: the shape of a line of text. */
async function inkProfile(page: Page, png: Buffer, bins = 240): Promise<{ profile: number[]; width: number }> {
  const { width, height } = pngSize(png);
  return page.evaluate(
    async ({ dataUrl, width, height, bins }) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, width, height);
      const columns = new Array<number>(width).fill(0);
      for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) columns[x]! += 255 - data[(y * width + x) * 4]!;
      const first = columns.findIndex((v) => v > 0);
      const last = columns.findLastIndex((v) => v > 0);
      const span = last - first + 1;
      const profile = Array.from({ length: bins }, (_, i) => {
        const from = first + Math.floor((i * span) / bins);
        const to = first + Math.floor(((i + 1) * span) / bins);
        let sum = 0;
        for (let x = from; x < Math.max(to, from + 1); x++) sum += columns[x]!;
        return sum;
      });
      return { profile, width: span };
    },
    { dataUrl: `data:image/png;base64,${png.toString('base64')}`, width, height, bins },
  );
}

function correlation(a: number[], b: number[]): number {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  const [ma, mb] = [mean(a), mean(b)];
  let [ab, aa, bb] = [0, 0, 0];
  for (let i = 0; i < a.length; i++) {
    ab += (a[i]! - ma) * (b[i]! - mb);
    aa += (a[i]! - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}

test.describe('link-preview images', () => {
  // A real Arabic title with a German term in it, broken into lines as on the card.
  const title = 'ماذا يعني التدريب المهني (Ausbildung) لإقامتي؟';
  const size = 72;

  test('Arabic is shaped and ordered right to left, as Chromium renders the same text', async ({ browser }) => {
    const context = await browser.newContext({ deviceScaleFactor: 1 });
    const page = await context.newPage();
    const fontFace = (family: string, file: string) =>
      `@font-face { font-family: '${family}'; src: url(data:font/ttf;base64,${readFileSync(file).toString('base64')}); font-weight: 700; }`;
    const [arabicBold, latinBold] = [shareImageFonts[3]!, shareImageFonts[1]!];
    const { lines } = wrapText(title, size, 700, 'rtl', 3);
    // The second line starts with the German term: the case an unembedded line gets wrong.
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.at(-1)).toMatch(/^\(Ausbildung\)/);
    for (const line of lines) {
      await page.setContent(
        `<style>${fontFace('Card Arabic', arabicBold)}${fontFace('Card Latin', latinBold)}
          body { margin: 0; background: #fff; }
          p { display: inline-block; margin: 0; padding: 40px; font: 700 ${size}px 'Card Arabic', 'Card Latin'; color: #000; white-space: nowrap; }
        </style><p lang="ar" dir="rtl">${line}</p>`,
      );
      await page.evaluate(() => document.fonts.ready);
      const chromium = await inkProfile(page, await page.locator('p').screenshot());
      const ours = await inkProfile(page, renderTextLine(line, 'rtl', size));
      const wrongWay = await inkProfile(page, renderTextLine(line, 'rtl', size, false));
      const similarity = correlation(ours.profile, chromium.profile);
      expect(similarity, `"${line}": card vs. Chromium`).toBeGreaterThan(0.9);
      expect(Math.abs(ours.width / chromium.width - 1), `"${line}": same width`).toBeLessThan(0.03);
      if (/^\(/.test(line)) {
        // The control: the same line without the right-to-left embedding is recognisably different.
        expect(correlation(wrongWay.profile, chromium.profile)).toBeLessThan(similarity - 0.2);
      }
    }
    await context.close();
  });
});

test.describe('posters and flyers', () => {
  const slug = 'beispiel-halle';
  const cases = [
    { name: 'A4 poster, Arabic with German', lang: 'ar', layout: 'plakat', bilingual: true, paper: 'A4' },
    { name: 'A4 poster, German', lang: 'de', layout: 'plakat', bilingual: false, paper: 'A4' },
    { name: 'A6 flyer, Ukrainian with German', lang: 'uk', layout: 'flyer', bilingual: true, paper: 'A6' },
    { name: 'A6 flyer, Russian', lang: 'ru', layout: 'flyer', bilingual: false, paper: 'A6' },
    // Arabic runs the tallest (its lines are more open): it must still fit one A6 sheet.
    { name: 'A6 flyer, Arabic with German', lang: 'ar', layout: 'flyer', bilingual: true, paper: 'A6' },
  ] as const;
  // The printable area (paper less the margins the layout sets) in CSS pixels, so a screenshot shows the printed page.
  const printableArea = { A4: { width: 718, height: 1047 }, A6: { width: 359, height: 521 } };

  for (const { name, lang, layout, bilingual, paper } of cases) {
    test(`${name}: printed to PDF it is one page, and its QR code opens the event in that language`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ viewport: printableArea[paper], deviceScaleFactor: 3 });
      const page = await context.newPage();
      await page.goto(`${examples}${routes.eventPrint(lang, slug, layout, bilingual)}`);
      await page.emulateMedia({ media: 'print' });
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
      // What the printed page shows: the QR code must be on it and decode to the event page.
      const shot = await page.screenshot({ fullPage: false });
      expect(decodeQrPng(shot)).toBe(`${site}${routes.entry(lang, 'events', slug)}`);
      await expect(page.locator('figcaption')).toHaveText(
        `localhost:4321${routes.shortEvent(eventShortId(slug), lang).replace(/\/$/, '')}`,
      );
      const texts = page.locator('.sheet-text');
      await expect(texts).toHaveCount(bilingual ? 2 : 1);
      if (bilingual) {
        await expect(texts.first()).toHaveAttribute('lang', 'de');
        await expect(texts.last()).toHaveAttribute('lang', lang);
      }
      // Title, date, place, the four stations and the sender are on the sheet.
      await expect(page.locator('.sheet-stations li')).toHaveCount(4 * (bilingual ? 2 : 1));
      await expect(page.locator('.sheet-facts').first()).toContainText('Halle (Saale)');
      await expect(page.locator('.sheet-sender')).toContainText('LAMSA');
      await context.close();
    });
  }
});

test.describe('short links', () => {
  test('a short link typed from an Arabic poster opens the Arabic event page', async ({ page }) => {
    await page.goto(`${examples}${routes.shortEvent(eventShortId('beispiel-halle'), 'ar')}`);
    await expect(page).toHaveURL(`${examples}/ar/veranstaltungen/beispiel-halle/`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });
});

test.describe('share and copy buttons', () => {
  test('"copy link" copies the page address and says so in Arabic', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const path = routes.entry('ar', 'guides', 'was-ist-eine-ausbildung');
    await page.goto(path);
    const copy = page.locator('.share button[data-copy]');
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#share-status')).not.toBeEmpty();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site}${path}`);
  });

  test('the material page copies a ready-to-send message with one tap', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: examples });
    await page.goto(`${examples}${routes.material('ar')}`);
    const firstEvent = page.locator('.material-event').first();
    await expect(firstEvent.locator('.material-prints a').first()).toBeVisible();
    await firstEvent.locator('button[data-copy]').click();
    const message = (await firstEvent.locator('.message').textContent())?.trim();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
    // The address reads left to right inside the Arabic text.
    await expect(firstEvent.locator('.message bdi[dir="ltr"]')).toHaveText(/^http:\/\/localhost:4321\/e\//);
    expect(message).toContain(`${site}/e/`);
  });

  test('without JavaScript the plain share links are there and no button is left empty', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${examples}${routes.entry('ar', 'events', 'beispiel-halle')}`);
    const share = page.locator('.share');
    await expect(share.getByRole('link', { name: 'WhatsApp' })).toBeVisible();
    await expect(share.getByRole('button')).toHaveCount(0);
    await expect(share.getByRole('link', { name: /A4/ }).first()).toBeVisible();
    await context.close();
  });
});
