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
import { localeFromPath, routes } from '../../src/lib/routes.ts';
import type { HtmlElement } from '../../src/lib/formats/htmlDocument.ts';
import { builtPageMap } from './dist.ts';

const { pages, page } = builtPageMap();
/** A page's `<main>`: what the reader came for. */
const main = (path: string) => page(path).doc.first('main')!;
const hrefs = (element: HtmlElement) => element.all('a[href]').map((link) => link.attribute('href')!);
/** The language marker right after a link, if there is one. */
const markerAfter = (link: HtmlElement) => {
  const next = link.nextElement;
  return next?.is('span.link-language') ? next.text : undefined;
};
const ui = (lang: LocaleCode, key: string) => uiStrings[lang][key]!;
const translations = localeCodes.filter((lang) => lang !== 'de');

describe('how a translation was made', () => {
  it.each(translations)('a translated guide page says so above the text (%s)', (lang) => {
    const notice = main(routes.entry(lang, 'guides', 'was-ist-eine-ausbildung')).first('p.translation-notice');
    expect(notice, 'notice above the text').toBeDefined();
    expect(notice!.attribute('data-translation-status')).toBe('maschinell-unterstuetzt');
    expect(notice!.text).toContain(ui(lang, 'translation.status.maschinell-unterstuetzt'));
    expect(notice!.first('a[href="/de/ausbildung/was-ist-eine-ausbildung/"][hreflang="de"]')).toBeDefined();
  });

  it('German pages have no translation notice', () => {
    expect(page(routes.entry('de', 'guides', 'was-ist-eine-ausbildung')).doc.all('.translation-notice')).toEqual([]);
  });
});

describe('links to German-only pages', () => {
  it.each(translations)('say so in the reader’s language, in the text and in the sources (%s)', (lang) => {
    const html = main(routes.entry(lang, 'guides', 'geld-in-der-ausbildung'));
    // The sources: every gesetze-im-internet.de link is followed by the marker.
    const lawLinks = html.all('a[href^="https://www.gesetze-im-internet.de/"]');
    expect(lawLinks.length).toBeGreaterThan(0);
    for (const link of lawLinks) expect(markerAfter(link), link.attribute('href')).toBe(ui(lang, 'links.inGerman'));
  });

  it('German pages carry no marker', () => {
    expect(page(routes.entry('de', 'guides', 'geld-in-der-ausbildung')).doc.all('.link-language')).toEqual([]);
  });

  it('a page in the reader’s language gets no marker (the English language-level page for English readers)', () => {
    const englishPage = 'a[href^="https://www.coe.int/en/"]';
    const en = main(routes.entry('en', 'glossary', 'sprachniveau')).all(englishPage);
    expect(en.length).toBeGreaterThan(0);
    for (const link of en) expect(markerAfter(link)).toBeUndefined();
    const ar = main(routes.entry('ar', 'glossary', 'sprachniveau')).all(englishPage);
    expect(ar.length).toBeGreaterThan(0);
    for (const link of ar) expect(markerAfter(link)).toBe(ui('ar', 'links.inEnglish'));
  });
});

describe('the next step', () => {
  const readerPages = [...pages.values()].filter(
    ({ path, doc }) =>
      localeFromPath(path) &&
      !/\/(druck|plakat|flyer)|\/404\/$|\/suche\/$/.test(path) &&
      doc.refreshTarget() === undefined &&
      doc.first('main'),
  );

  it('ends every reader page with a way to a person', () => {
    expect(readerPages.length).toBeGreaterThan(300);
    const without = readerPages
      .filter(({ doc }) => !doc.first('h2#next-step-heading, h2#next-steps-heading'))
      .map(({ path }) => path);
    expect(without).toEqual([]);
  });

  it.each(localeCodes)('offers the online consultation, an event and the fitting office (%s)', (lang) => {
    const section = hrefs(main(routes.entry(lang, 'glossary', 'ausbildungsvertrag')).first('section.next-step')!);
    expect(section).toContain(routes.entry(lang, 'events', onlineConsultationSlug));
    expect(section).toContain(routes.questionnaire(lang));
    expect(section.some((href) => href.startsWith(routes.section(lang, 'events')))).toBe(true);
  });
});

describe('the prepared message', () => {
  it.each(localeCodes)('on a partner page: German for the office, naming the reader’s language (%s)', (lang) => {
    const section = main(routes.entry(lang, 'partners', 'lamsa')).first(
      'section.section.prepared-message[data-message="partner"]',
    );
    expect(section, 'prepared message section').toBeDefined();
    const german = section!.first('p.prepared-message__text[lang="de"]')!.text;
    expect(german).toMatch(/^Guten Tag,/);
    const meaning = section!.first('p.prepared-message__text.prepared-message__text--meaning');
    if (lang === 'de') {
      expect(german).not.toContain('Meine Sprache ist');
      expect(meaning).toBeUndefined();
    } else {
      expect(german).toContain(`Meine Sprache ist ${languageName(lang, 'de')}.`);
      expect(meaning!.text).toContain(languageName(lang, lang));
    }
    // Shown large at the counter, and ready for WhatsApp, without any script.
    expect(section!.first('a.outline-button[href="#message-large"]')).toBeDefined();
    expect(hrefs(section!).some((href) => href.startsWith('https://wa.me/?text=Guten%20Tag%2C'))).toBe(true);
  });

  it.each(localeCodes)('for the online consultation (%s)', (lang) => {
    const html = main(routes.entry(lang, 'events', onlineConsultationSlug));
    expect(html.first('[data-message="online"]')).toBeDefined();
    expect(html.text).toContain('Online-Beratung der KAUSA-Landesstelle teilnehmen');
  });
});

describe('dates in Arabic', () => {
  it('name the month as Syrian and Iraqi readers do, with the Egyptian name after it', () => {
    expect(main(routes.entry('ar', 'events', 'auftakt-magdeburg-2025')).text).toContain('26 حزيران/يونيو 2025');
  });
});
