/**
 * Every component example (examples.ts) rendered with Astro's Container API, as a page of that language
 * renders it (the translator in `Astro.locals`, the page's URL), and what a reader gets checked: the text
 * in their language, `lang`/`dir` where German is shown, the links. The rendered examples are written to
 * `dist-components/examples.json` for the axe check (tests/a11y/component-examples.spec.ts).
 */
import { experimental_AstroContainer } from 'astro/container';
import { mkdirSync, writeFileSync } from 'node:fs';
import { parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales, type LocaleCode } from '../../src/core/locales.ts';
import { formatDate } from '../../src/i18n/format.ts';
import { getTranslator } from '../../src/i18n/translator.ts';
import { examples, type ComponentExample } from './examples.ts';

export const renderedExamplesFile = 'dist-components/examples.json';

const rendered = new Map<string, string>();

async function render(container: experimental_AstroContainer, example: ComponentExample): Promise<string> {
  const html = await container.renderToString(example.component, {
    props: example.props,
    locals: { lang: example.lang, t: getTranslator(example.lang) },
    request: new Request(new URL(example.path, 'http://127.0.0.1:4321')),
  });
  return example.wrap ? `<${example.wrap}>${html}</${example.wrap}>` : html;
}

beforeAll(async () => {
  const container = await experimental_AstroContainer.create();
  for (const example of examples) rendered.set(example.name, await render(container, example));
  mkdirSync('dist-components', { recursive: true });
  writeFileSync(
    renderedExamplesFile,
    JSON.stringify(
      examples.map(({ name, lang }) => ({ name, lang, dir: locales[lang].dir, html: rendered.get(name) })),
      null,
      1,
    ),
  );
});

/** The example's markup as a DOM fragment (parse5, as the HTML checker parses it), queried like a browser. */
function dom(name: string) {
  const html = rendered.get(name);
  if (html === undefined) throw new Error(`no example ${name}`);
  const document = parse(`<!doctype html><body>${html}`);
  type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; value?: string };
  const all: Node[] = [];
  const walk = (node: Node) => {
    all.push(node);
    node.childNodes?.forEach(walk);
  };
  walk(document as unknown as Node);
  const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
  const text = (node: Node): string =>
    node.nodeName === '#text' ? node.value! : (node.childNodes ?? []).map(text).join('');
  const body = all.find((n) => n.nodeName === 'body')!;
  return {
    text: text(body).replace(/\s+/g, ' ').trim(),
    elements: (tag: string) => all.filter((n) => n.nodeName === tag),
    attr,
    textOf: text,
  };
}

const t = (lang: LocaleCode) => getTranslator(lang);

describe.each(['de', 'ar'] as const)('component examples in %s', (lang) => {
  const other = lang === 'de' ? undefined : lang;

  it('the fallback notice says, in the page language, that the text is German, and links to the German page', () => {
    const page = dom(`FallbackNotice/untranslated/${lang}`);
    const [notice] = page.elements('p');
    expect(page.attr(notice!, 'lang')).toBe(lang);
    expect(page.attr(notice!, 'dir')).toBe(locales[lang].dir);
    expect(page.attr(notice!, 'role')).toBe('note');
    expect(page.text).toContain(t(lang)('fallback.notice'));
    const [link] = page.elements('a');
    expect([page.attr(link!, 'href'), page.attr(link!, 'hreflang')]).toEqual(['/de/ratgeber/schule/', 'de']);
  });

  it('the translation notice tells how a translation was made and when German changed since, with the way to German', () => {
    const machine = dom(`TranslationNotice/machine-assisted/${lang}`);
    const outdated = dom(`TranslationNotice/reviewed-but-outdated/${lang}`);
    expect(machine.text).toContain(t(lang)('translation.status.maschinell-unterstuetzt'));
    expect(machine.elements('span')).toHaveLength(0);
    expect(outdated.text).toContain(t(lang)('translation.status.geprueft', { date: formatDate('2026-01-20', lang) }));
    const [since] = outdated.elements('span');
    expect(outdated.textOf(since!)).toBe(t(lang)('translation.outdated', { date: formatDate('2026-02-10', lang) }));
    const [link] = outdated.elements('a');
    expect([outdated.attr(link!, 'href'), outdated.attr(link!, 'hreflang')]).toEqual(['/de/ratgeber/schule/', 'de']);
  });

  it('an event card links to the event and shows its facts; German shown in Arabic says so', () => {
    const card = dom(`EventCard/single-date-in-person/${lang}`);
    const [item] = card.elements('li');
    expect(card.attr(item!, 'lang')).toBe(other ? 'de' : undefined);
    expect(card.attr(item!, 'dir')).toBe(other ? 'ltr' : undefined);
    const [link] = card.elements('a');
    expect(card.attr(link!, 'href')).toBe(`/${lang}/veranstaltungen/infotag/`);
    expect(card.elements('h2')).toHaveLength(1);
    expect(card.elements('dt').map((dt) => card.textOf(dt))).toEqual(
      ['events.date', 'events.time', 'events.place', 'events.format', 'events.languages'].map((key) =>
        t(lang)(key as 'events.date'),
      ),
    );
    expect(card.elements('time').map((time) => card.attr(time, 'datetime'))).toEqual(['2026-03-18']);
    expect(card.text).toContain(t(lang)('events.timeRange', { start: '16:00', end: '18:00' }));
    // The address stays German, isolated, in any page language.
    const [address] = card.elements('bdi').filter((bdi) => card.attr(bdi, 'lang') === 'de');
    expect(card.textOf(address!)).toBe('Bürgerhaus, Markt 1, 06108 Halle (Saale)');
  });

  it('a cancelled weekly event says so, with its weekday and its next dates', () => {
    const card = dom(`EventCard/weekly-online-cancelled/${lang}`);
    expect(card.text).toContain(t(lang)('events.recurrenceWeekly'));
    expect(card.elements('time').map((time) => card.attr(time, 'datetime'))).toEqual([
      '2026-03-04',
      '2026-03-11',
      '2026-03-18',
    ]);
    const [status] = card.elements('strong');
    expect([card.textOf(status!).trim(), card.attr(status!, 'data-status')]).toEqual([
      t(lang)('events.status.cancelled'),
      'cancelled',
    ]);
    expect(card.elements('dt').map((dt) => card.textOf(dt))).not.toContain(t(lang)('events.place'));
  });

  it('contact details link each way to reach a partner, left to right, and name their source', () => {
    const details = dom(`ContactDetails/known/${lang}`);
    const hrefs = details.elements('a').map((a) => details.attr(a, 'href'));
    expect(hrefs).toEqual(
      expect.arrayContaining(['https://www.kausa-sachsen-anhalt.de/', 'mailto:kausa@example.org', 'tel:+49391123456']),
    );
    for (const a of details.elements('a')) expect(details.attr(a, 'dir'), details.attr(a, 'href')).toBe('ltr');
    const address = details.elements('dd').find((dd) => details.attr(dd, 'lang') === 'de');
    expect(details.textOf(address!).replace(/\s+/g, ' ').trim()).toBe('Breiter Weg 1, 39104 Magdeburg');
    expect(details.text).toContain(t(lang)('partners.contactSource'));
  });

  it('without contact details, readers are sent to the events and the online consultation', () => {
    const pending = dom(`ContactDetails/pending/${lang}`);
    expect(pending.elements('a').map((a) => pending.attr(a, 'href'))).toEqual([
      `/${lang}/veranstaltungen/`,
      `/${lang}/veranstaltungen/online-beratung/`,
    ]);
    expect(pending.elements('dl')).toHaveLength(0);
  });

  it('German terms inside Arabic are isolated and marked German; German text is left as it is', () => {
    const text = dom(`LocalizedText/german-term/${lang}`);
    const marked = text.elements('bdi').map((bdi) => [text.textOf(bdi), text.attr(bdi, 'lang')]);
    expect(marked).toEqual(other ? [['Ausbildung', 'de']] : []);
  });

  it('pagination links the previous and next pages and names the page, in the page language', () => {
    const nav = dom(`Pagination/middle-page/${lang}`);
    const [landmark] = nav.elements('nav');
    expect(nav.attr(landmark!, 'aria-label')).toBe(t(lang)('pagination.label'));
    expect(nav.elements('a').map((a) => [nav.attr(a, 'rel'), nav.attr(a, 'href')])).toEqual([
      ['prev', `/${lang}/veranstaltungen/`],
      ['next', `/${lang}/veranstaltungen/seite/3/`],
    ]);
    expect(nav.text).toContain(t(lang)('pagination.status', { page: 2, total: 3 }));
    expect(dom(`Pagination/single-page/${lang}`).text).toBe('');
  });
});
