/**
 * The reader's text size and contrast (the footer's control) in Chromium, in
 * German and Arabic: the choice is kept on this device (localStorage) across
 * pages and reloads, applied before the first paint, reflows at 320 px at the
 * largest size, and the high-contrast theme gives every text 7:1.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { displaySettings, displaySettingsAnchor } from '../../src/lib/displaySettings.ts';
import { pageTypes } from './pages.ts';

/** A UI string as the build uses it (read as a file: Playwright's loader needs no JSON import attributes then). */
const uiString = (lang: string, key: string): string =>
  (
    JSON.parse(readFileSync(new URL(`../../src/i18n/ui/${lang}.json`, import.meta.url), 'utf8')) as Record<
      string,
      string
    >
  )[key]!;

const langs = ['de', 'ar'] as const;
const { textSize, contrast } = displaySettings;

/** Opens the footer's control and picks a text size and a contrast by their visible labels. */
async function choose(page: Page, lang: 'de' | 'ar', size: string, level: string) {
  const t = (key: string) => uiString(lang, key);
  const control = page.locator(`#${displaySettingsAnchor}`);
  if (!(await control.evaluate((el) => (el as HTMLDetailsElement).open))) await control.locator('summary').click();
  await control.getByRole('radio', { name: t(`display.textSize.${size}`), exact: true }).check();
  await control.getByRole('radio', { name: t(`display.contrast.${level}`), exact: true }).check();
}

/**
 * Records, in the page, the root font size and text colour at the moment `<body>` first enters the
 * document – before anything of the page can be painted – and again at DOMContentLoaded.
 */
async function recordFirstPaintStyle(page: Page) {
  await page.addInitScript(() => {
    const seen: Record<string, { fontSize: string; color: string | undefined; contrast: string | null }> = {};
    (window as unknown as { __firstStyle: typeof seen }).__firstStyle = seen;
    const take = (when: string) => {
      const root = document.documentElement;
      seen[when] = {
        fontSize: getComputedStyle(root).fontSize,
        color: document.body ? getComputedStyle(document.body).color : undefined,
        contrast: root.getAttribute('data-contrast'),
      };
    };
    const observer = new MutationObserver(() => {
      if (document.body) {
        take('body');
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => take('domContentLoaded'));
  });
}

/** What this device keeps for the two settings. */
const stored = (page: Page) =>
  page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), [textSize.storageKey, contrast.storageKey]);

const firstStyle = (page: Page) =>
  page.evaluate(() => (window as unknown as { __firstStyle: Record<string, unknown> }).__firstStyle);

for (const lang of langs) {
  test.describe(`display setting (${lang})`, () => {
    test(`the choice is kept on this device across pages and reloads, and applied before the first paint (${lang})`, async ({
      page,
    }) => {
      await recordFirstPaintStyle(page);
      await page.goto(pageTypes.guide(lang));
      // Nothing is stored until the reader chooses.
      expect(await stored(page)).toEqual([null, null]);
      await choose(page, lang, 'larger', 'high');
      await expect(page.locator('html')).toHaveAttribute(textSize.attribute, 'larger');
      await expect(page.locator('html')).toHaveAttribute(contrast.attribute, 'high');
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
      expect(await stored(page)).toEqual(['larger', 'high']);

      // Another page, opened by a link: the setting is there when <body> first appears.
      await page.locator('.main-nav a').nth(2).click();
      await page.waitForLoadState('load');
      const onNextPage = await firstStyle(page);
      // High contrast's text colour is black (normally #1b1b1f).
      const applied = { fontSize: '24px', color: 'rgb(0, 0, 0)', contrast: 'high' };
      for (const when of ['body', 'domContentLoaded']) expect(onNextPage[when], when).toEqual(applied);

      // A reload: the same, and the control shows the stored choice.
      await page.reload();
      expect((await firstStyle(page))['body']).toEqual(applied);
      const t = (key: string) => uiString(lang, key);
      await page.locator(`#${displaySettingsAnchor} summary`).click();
      await expect(page.getByRole('radio', { name: t('display.textSize.larger'), exact: true })).toBeChecked();
      await expect(page.getByRole('radio', { name: t('display.contrast.high'), exact: true })).toBeChecked();

      // Back to normal: nothing stays stored.
      await choose(page, lang, 'normal', 'normal');
      await expect(page.locator('html')).not.toHaveAttribute(textSize.attribute, /./);
      await expect(page.locator('html')).not.toHaveAttribute(contrast.attribute, /./);
      expect(await stored(page)).toEqual([null, null]);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('16px');
      await page.reload();
      expect((await firstStyle(page))['body']).toEqual({ fontSize: '16px', color: 'rgb(27, 27, 31)', contrast: null });
    });

    test(`"large" is one step between normal and the largest (${lang})`, async ({ page }) => {
      await page.goto(pageTypes.start(lang));
      await choose(page, lang, 'large', 'normal');
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
      expect(await page.evaluate((key) => localStorage.getItem(key), textSize.storageKey)).toBe('large');
    });

    test(`every page type reflows at 320 px with the largest text: no sideways scrolling (${lang})`, async ({
      browser,
    }) => {
      test.setTimeout(180_000);
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [
        textSize.storageKey,
        'larger',
      ] as const);
      const page = await context.newPage();
      const overflowing: string[] = [];
      for (const path of Object.values(pageTypes)) {
        await page.goto(path(lang));
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), path(lang)).toBe('24px');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        if (overflow > 0) overflowing.push(`${path(lang)}: ${overflow}px`);
      }
      expect(overflowing).toEqual([]);
      await context.close();
    });

    test(`high contrast gives every text on the page at least 7:1 (${lang})`, async ({ page }) => {
      await page.goto(pageTypes.start(lang));
      await choose(page, lang, 'normal', 'high');
      for (const path of [
        pageTypes.start,
        pageTypes.guide,
        pageTypes.event,
        pageTypes.partner,
        pageTypes.privacyPolicy,
      ]) {
        await page.goto(path(lang));
        const { checked, low } = await page.evaluate(lowContrastTexts);
        expect(checked, path(lang)).toBeGreaterThan(20);
        expect(low, path(lang)).toEqual([]);
      }
    });
  });
}

test('without JavaScript there is no control that could do nothing', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pageTypes.guide('de'));
  await expect(page.locator(`#${displaySettingsAnchor}`)).toBeHidden();
  await context.close();
});

/**
 * Every visible element with its own text: its colour against the first opaque background behind it
 * (WCAG relative luminance). Returns the ones under 7:1.
 */
function lowContrastTexts(): { checked: number; low: string[] } {
  const parse = (value: string) => {
    const [r, g, b, a = 1] = value.match(/[\d.]+/g)!.map(Number);
    return { rgb: [r!, g!, b!], a };
  };
  const luminance = ([r, g, b]: number[]) => {
    const [R, G, B] = [r!, g!, b!].map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
  };
  const background = (el: Element | null): number[] => {
    for (; el; el = el.parentElement) {
      const { rgb, a } = parse(getComputedStyle(el).backgroundColor);
      if (a > 0.9) return rgb;
    }
    return [255, 255, 255];
  };
  const low: string[] = [];
  let checked = 0;
  for (const el of document.querySelectorAll('body *')) {
    const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    const box = el.getBoundingClientRect();
    if (!ownText || box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
    if (el.closest('[hidden], .visually-hidden, .skip-link, svg')) continue;
    const fg = luminance(parse(getComputedStyle(el).color).rgb);
    const bg = luminance(background(el));
    const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    checked++;
    if (ratio < 7)
      low.push(
        `${el.tagName.toLowerCase()}.${el.className} "${el.textContent!.trim().slice(0, 30)}": ${ratio.toFixed(2)}`,
      );
  }
  return { checked, low };
}
