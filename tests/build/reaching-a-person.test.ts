/**
 * What readers need to trust a page and reach a person, in all five languages:
 * how a translation was made, which links lead to German-only pages, a next
 * step at the end of every page, and the prepared message to an office.
 */
import { describe, expect, it } from 'vitest';
import { localeCodes, type LocaleCode } from '../../src/core/locales.ts';
import { languageName } from '../../src/i18n/format.ts';
import { uiStrings } from '../../src/i18n/translator.ts';
import { onlineConsultationSlug } from '../../src/data/campaign.ts';
import { routes } from '../../src/lib/routes.ts';
import { builtPageMap, mainOf, tags } from './dist.ts';

const { pages, page } = builtPageMap();
const main = mainOf;
/** Text as the HTML writes it (Astro escapes quotes and ampersands). */
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const ui = (lang: LocaleCode, key: string) => uiStrings[lang][key]!;
const translations = localeCodes.filter((lang) => lang !== 'de');

describe('how a translation was made', () => {
  it.each(translations)('a translated guide page says so above the text (%s)', (lang) => {
    const html = main(page(routes.entry(lang, 'guides', 'was-ist-eine-ausbildung')));
    const notice = html.match(/<p class="translation-notice"[^>]*>[\s\S]*?<\/p>/)?.[0];
    expect(notice, 'notice above the text').toBeDefined();
    expect(notice).toContain('data-translation-status="maschinell-unterstuetzt"');
    expect(notice).toContain(escaped(ui(lang, 'translation.status.maschinell-unterstuetzt')));
    expect(notice).toMatch(/<a href="\/de\/ausbildung\/was-ist-eine-ausbildung\/" hreflang="de"/);
  });

  it('German pages have no translation notice', () => {
    expect(page(routes.entry('de', 'guides', 'was-ist-eine-ausbildung'))).not.toContain('class="translation-notice"');
  });
});

describe('links to German-only pages', () => {
  it.each(translations)('say so in the reader’s language, in the text and in the sources (%s)', (lang) => {
    const html = main(page(routes.entry(lang, 'guides', 'geld-in-der-ausbildung')));
    const marker = `<span class="link-language">${escaped(ui(lang, 'links.inGerman'))}</span>`;
    // The sources: every gesetze-im-internet.de link is followed by the marker.
    const lawLinks = tags(
      html,
      /<a href="https:\/\/www\.gesetze-im-internet\.de\/[^"]*"[^>]*>[^<]*<\/a>\s*(<span class="link-language">[^<]*<\/span>)?/g,
    );
    expect(lawLinks.length).toBeGreaterThan(0);
    for (const link of lawLinks) expect(link).toContain(marker);
  });

  it('German pages carry no marker', () => {
    expect(page(routes.entry('de', 'guides', 'geld-in-der-ausbildung'))).not.toContain('class="link-language"');
  });

  it('a page in the reader’s language gets no marker (the English language-level page for English readers)', () => {
    const en = main(page(routes.entry('en', 'glossary', 'sprachniveau')));
    expect(en).toMatch(
      /<a href="https:\/\/www\.coe\.int\/en\/[^"]*"[^>]*>[^<]*<\/a>(?!\s*<span class="link-language">)/,
    );
    const ar = main(page(routes.entry('ar', 'glossary', 'sprachniveau')));
    expect(ar).toMatch(
      new RegExp(
        `<a href="https://www\\.coe\\.int/en/[^"]*"[^>]*>[^<]*</a>\\s*<span class="link-language">${ui('ar', 'links.inEnglish').replace(/[()]/g, '\\$&')}</span>`,
      ),
    );
  });
});

describe('the next step', () => {
  const readerPages = [...pages.entries()].filter(
    ([path, html]) =>
      /^\/(de|en|ar|ru|uk)\//.test(path) &&
      !/\/(druck|plakat|flyer)|\/404\/$|\/suche\/$/.test(path) &&
      !html.includes('http-equiv="refresh"') &&
      html.includes('<main'),
  );

  it('ends every reader page with a way to a person', () => {
    expect(readerPages.length).toBeGreaterThan(300);
    const without = readerPages.filter(([, html]) => !/<h2 id="next-steps?-heading"/.test(html)).map(([path]) => path);
    expect(without).toEqual([]);
  });

  it.each(localeCodes)('offers the online consultation, an event and the fitting office (%s)', (lang) => {
    const html = main(page(routes.entry(lang, 'glossary', 'ausbildungsvertrag')));
    const section = html.match(/<section class="section next-step"[\s\S]*?<\/section>/)![0];
    expect(section).toContain(`href="${routes.entry(lang, 'events', onlineConsultationSlug)}"`);
    expect(section).toContain(`href="${routes.questionnaire(lang)}"`);
    expect(section).toMatch(new RegExp(`href="/${lang}/veranstaltungen/`));
  });
});

describe('the prepared message', () => {
  it.each(localeCodes)('on a partner page: German for the office, naming the reader’s language (%s)', (lang) => {
    const html = main(page(routes.entry(lang, 'partners', 'lamsa')));
    const section = html.match(
      /<section class="section prepared-message"[^>]*data-message="partner"[\s\S]*?<\/section>/,
    )?.[0];
    expect(section, 'prepared message section').toBeDefined();
    const german = section!.match(/<p class="prepared-message__text"[^>]*lang="de"[^>]*>([\s\S]*?)<\/p>/)![1]!;
    expect(german).toMatch(/^Guten Tag,/);
    if (lang === 'de') {
      expect(german).not.toContain('Meine Sprache ist');
      expect(section).not.toContain('prepared-message__text--meaning');
    } else {
      expect(german).toContain(`Meine Sprache ist ${languageName(lang, 'de')}.`);
      const meaning = section!.match(
        /<p class="prepared-message__text prepared-message__text--meaning"[^>]*>([\s\S]*?)<\/p>/,
      )![1]!;
      expect(meaning).toContain(languageName(lang, lang));
    }
    // Shown large at the counter, and ready for WhatsApp, without any script.
    expect(section).toMatch(/<a class="outline-button" href="#message-large"/);
    expect(section).toMatch(/href="https:\/\/wa\.me\/\?text=Guten%20Tag%2C/);
  });

  it.each(localeCodes)('for the online consultation (%s)', (lang) => {
    const html = main(page(routes.entry(lang, 'events', onlineConsultationSlug)));
    expect(html).toMatch(/data-message="online"/);
    expect(html).toContain('Online-Beratung der KAUSA-Landesstelle teilnehmen');
  });
});

describe('dates in Arabic', () => {
  it('name the month as Syrian and Iraqi readers do, with the Egyptian name after it', () => {
    expect(main(page(routes.entry('ar', 'events', 'auftakt-magdeburg-2025')))).toContain('26 حزيران/يونيو 2025');
  });
});
