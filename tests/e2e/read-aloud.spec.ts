/**
 * Read aloud (Web Speech API) in the built site. Debian's Chromium has the API but no voice,
 * so the "no voice" message is tested for real; the speaking itself against a stand-in for the
 * device's voice engine (`fakeSpeech`, installed before the page's scripts run) that records
 * each utterance's text, language and voice and speaks until the test says it is done.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { localeCodes, type LocaleCode } from '../../src/core/locales.ts';
import { routes } from '../../src/lib/routes.ts';
import { axeViolations } from '../a11y/axe.ts';
import { germanOnlyPages, pageTypes } from './pages.ts';

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

interface Spoken {
  text: string;
  lang: string;
  voice: string | undefined;
}

/**
 * A voice engine with the device's voices (one network voice among them, which must never be
 * used), delivered late as browsers do (`voiceschanged`). Each utterance speaks until
 * `window.fakeSpeech.finish()`; `cancel()` ends it with an "interrupted" error.
 */
function fakeSpeech() {
  const voices = [
    { name: 'Google العربية (network)', lang: 'ar-SA', localService: false, default: false, voiceURI: 'g-ar' },
    { name: 'Maged', lang: 'ar-SA', localService: true, default: false, voiceURI: 'maged' },
    { name: 'Anna', lang: 'de-DE', localService: true, default: false, voiceURI: 'anna' },
    { name: 'Daniel', lang: 'en-GB', localService: true, default: true, voiceURI: 'daniel' },
  ];
  class Utterance extends EventTarget {
    text: string;
    lang = '';
    voice: (typeof voices)[number] | null = null;
    constructor(text: string) {
      super();
      this.text = text;
    }
  }
  const spoken: { text: string; lang: string; voice: string | undefined }[] = [];
  let current: Utterance | undefined;
  let loaded = false;
  const synth = new (class extends EventTarget {
    cancelled = 0;
    getVoices = () => (loaded ? voices : []);
    speak(utterance: Utterance) {
      spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name });
      current = utterance;
    }
    cancel() {
      this.cancelled += 1;
      const ending = current;
      current = undefined;
      ending?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
    }
    pause() {}
    resume() {}
  })();
  setTimeout(() => {
    loaded = true;
    synth.dispatchEvent(new Event('voiceschanged'));
  }, 200);
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.assign(window, {
    fakeSpeech: {
      spoken,
      cancelled: () => synth.cancelled,
      finish: () => {
        const ending = current;
        current = undefined;
        ending?.dispatchEvent(new Event('end'));
      },
    },
  });
}

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { fakeSpeech: { spoken: Spoken[] } }).fakeSpeech.spoken);
const finish = (page: Page) =>
  page.evaluate(() => (window as unknown as { fakeSpeech: { finish(): void } }).fakeSpeech.finish());
const readButton = (page: Page, lang: LocaleCode) =>
  page.getByRole('button', { name: uiStrings[lang]['readAloud.start']!, exact: true });
/** "Listen: Probezeit" – the German word is in the button's name, for screen readers. */
const listenButton = (page: Page, lang: LocaleCode, word: string) =>
  page.getByRole('button', { name: new RegExp(`^${uiStrings[lang]['readAloud.listen']}\\s*: ${word}$`) });
const noVoiceMessage = (lang: LocaleCode, voiceOf: LocaleCode) =>
  `${uiStrings[lang][voiceOf === 'de' ? 'readAloud.noGermanVoice' : 'readAloud.noVoice']} ${uiStrings[lang]['readAloud.voiceHint']}`;

test.describe('read aloud with the device voices', () => {
  for (const lang of ['de', 'ar'] as const) {
    test(`on a device without a voice, the reader is told so in their language – the script loads only then (${lang})`, async ({
      page,
    }) => {
      const scripts: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.push(request.url());
      });
      await page.goto(routes.entry(lang, 'guides', 'was-ist-eine-ausbildung'));
      await expect(readButton(page, lang)).toBeVisible();
      expect(scripts).toEqual([]);
      await readButton(page, lang).click();
      await expect(page.locator('[data-speech-status]')).toHaveText(noVoiceMessage(lang, lang));
      expect(scripts).toHaveLength(1);
      expect(scripts[0]).toMatch(/\/_astro\/speech-[\w-]+\.js$/);
      const { violations } = await axeViolations(page);
      expect(violations).toEqual([]);
    });
  }

  test('reads an Arabic page with the device’s Arabic voice and its German terms with a German one; pause, go on, stop', async ({
    page,
  }) => {
    await page.addInitScript(fakeSpeech);
    await page.goto(routes.entry('ar', 'guides', 'was-ist-eine-ausbildung'));
    const button = readButton(page, 'ar');
    await button.click();
    // The title first: "ما هو التدريب المهني (Ausbildung)؟" – Arabic, then the German word in German.
    await expect.poll(() => spoken(page)).toEqual([{ text: 'ما هو التدريب المهني (', lang: 'ar-SA', voice: 'Maged' }]);
    await finish(page);
    await expect.poll(() => spoken(page)).toHaveLength(2);
    expect((await spoken(page))[1]).toEqual({ text: 'Ausbildung)؟', lang: 'de-DE', voice: 'Anna' });
    await finish(page);
    await expect.poll(async () => (await spoken(page)).length).toBe(3);
    const third = (await spoken(page))[2]!;
    expect(third).toMatchObject({ lang: 'ar-SA', voice: 'Maged' });
    // The summary under the title: the page's text, not the buttons.
    expect(await page.locator('main .lead').textContent()).toContain(third.text);
    expect((await spoken(page)).every((s) => s.voice !== 'Google العربية (network)')).toBe(true);

    // Pause: the button says "go on"; going on reads the paragraph again from its start.
    await page.getByRole('button', { name: uiStrings.ar['readAloud.pause']! }).click();
    const resume = page.getByRole('button', { name: uiStrings.ar['readAloud.resume']! });
    await expect(resume).toBeVisible();
    await page.waitForTimeout(100);
    expect(await spoken(page)).toHaveLength(3);
    await resume.click();
    await expect.poll(async () => (await spoken(page)).length).toBe(4);
    expect((await spoken(page))[3]).toEqual(third);
    await expect(page.locator('[data-reading]')).toHaveClass(/lead/);

    // Stop: back to the start, nothing more is said.
    await page.getByRole('button', { name: uiStrings.ar['readAloud.stop']!, exact: true }).click();
    await expect(button).toBeVisible();
    await expect(button).toBeFocused();
    await finish(page);
    await page.waitForTimeout(100);
    expect(await spoken(page)).toHaveLength(4);
    await expect(page.locator('[data-reading]')).toHaveCount(0);
  });

  test('reads a German page in German, to its end', async ({ page }) => {
    await page.addInitScript(fakeSpeech);
    await page.goto(routes.entry('de', 'glossary', 'probezeit'));
    await readButton(page, 'de').click();
    for (let i = 0; i < 200; i++) {
      await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(i);
      await finish(page);
      if (await readButton(page, 'de').isVisible()) break;
    }
    const all = await spoken(page);
    expect(new Set(all.map((s) => `${s.lang} ${s.voice}`))).toEqual(new Set(['de-DE Anna']));
    expect(all[0]!.text).toBe(await page.locator('main h1 bdi').first().textContent());
    // The whole text, in order, and nothing of the buttons or the sources.
    const last = (await page.locator('main .prose p').last().textContent())!.replace(/\s+/g, ' ').trim();
    expect(all.at(-1)!.text).toBe(last);
    expect(all.some((s) => s.text.includes(uiStrings.de['readAloud.listen']!))).toBe(false);
  });

  test('"Listen" says the German word with a German voice (ar), or says there is none (de list)', async ({
    page,
    browser,
  }) => {
    await page.addInitScript(fakeSpeech);
    await page.goto(routes.entry('ar', 'glossary', 'ausbildungsvertrag'));
    await listenButton(page, 'ar', 'Ausbildungsvertrag').click();
    await expect.poll(() => spoken(page)).toEqual([{ text: 'Ausbildungsvertrag', lang: 'de-DE', voice: 'Anna' }]);

    // Without a German voice (the real Chromium here): the message, in view by the list.
    const real = await browser.newPage();
    await real.goto(routes.section('de', 'glossary'));
    const listen = listenButton(real, 'de', 'Probezeit');
    await listen.scrollIntoViewIfNeeded();
    await listen.click();
    const status = real.locator('[data-speech-status]');
    await expect(status).toHaveText(noVoiceMessage('de', 'de'));
    await expect(status).toBeInViewport();
    const { violations } = await axeViolations(real);
    expect(violations).toEqual([]);
    await real.close();
  });

  test('Leichte Sprache is read in German, and says so when the device has no German voice', async ({ page }) => {
    await page.goto(germanOnlyPages.easyLanguagePage);
    await readButton(page, 'de').click();
    await expect(page.locator('[data-speech-status]')).toHaveText(noVoiceMessage('de', 'de'));
  });

  for (const lang of ['de', 'ar'] as const) {
    test(`every content page has the button, and none of it without JavaScript (${lang})`, async ({ browser }) => {
      const pages = [
        pageTypes.guide(lang),
        pageTypes.glossaryEntry(lang),
        pageTypes.station(lang),
        pageTypes.event(lang),
        pageTypes.parents(lang),
        pageTypes.legalPage(lang),
        pageTypes.campaign(lang),
        ...(lang === 'de' ? [germanOnlyPages.easyLanguagePage] : []),
      ];
      const withScript = await browser.newPage();
      const context = await browser.newContext({ javaScriptEnabled: false });
      const withoutScript = await context.newPage();
      for (const path of pages) {
        await withScript.goto(path);
        await expect(readButton(withScript, lang), path).toBeVisible();
        expect(await withScript.locator('main [data-read]').count(), path).toBeGreaterThan(1);
        await withoutScript.goto(path);
        await expect(withoutScript.locator('button[data-speak]:visible'), path).toHaveCount(0);
      }
      await withScript.close();
      await context.close();
    });
  }
});
