import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../src/lib/formats/htmlBlocks.ts';
import {
  pairBlocks,
  pairItems,
  readerHref,
  readingPairs,
  type ReadingPair,
} from '../../src/lib/content/readingPairs.ts';
import { isInSitemap, isReadingHelpView, routes } from '../../src/lib/routes.ts';

/** The pairs' texts without markup: what a reader sees side by side. */
const texts = (pairs: readonly ReadingPair[]) =>
  pairs.map((pair) =>
    pair.kind === 'list'
      ? pair.items.map((item) => [strip(item.translated), strip(item.german)])
      : [strip(pair.translated), strip(pair.german)],
  );
const strip = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('cutting rendered Markdown into blocks', () => {
  it('finds headings with their level, paragraphs, and lists with their items', () => {
    const blocks = htmlBlocks(
      '<h2 id="a">A</h2>\n<p>One <strong>two</strong>.</p>\n<ol start="3"><li>x</li>\n<li><p>y</p></li></ol>',
    );
    expect(blocks.map((b) => [b.tag, b.headingLevel])).toEqual([
      ['h2', 2],
      ['p', undefined],
      ['ol', undefined],
    ]);
    expect(blocks[1]!.html).toBe('<p>One <strong>two</strong>.</p>');
    expect(blocks[2]!.items).toEqual(['x', '<p>y</p>']);
    expect(blocks[2]!.attributes).toEqual({ start: '3' });
  });

  it('keeps loose text as a block of its own and drops white space and comments', () => {
    expect(htmlBlocks('\n<!-- x -->\nA &amp; B\n<p>C</p>\n').map((b) => [b.tag, b.html])).toEqual([
      ['#text', '\nA &amp; B\n'],
      ['p', '<p>C</p>'],
    ]);
  });

  it('can drop ids and send links elsewhere, at any depth', () => {
    const [heading, paragraph] = htmlBlocks('<h2 id="x">X</h2><p id="p">see <a href="/de/a/" id="l">a</a></p>', {
      withoutIds: true,
      href: (href) => href.replace('/de/', '/ar/'),
    });
    expect(heading!.html).toBe('<h2>X</h2>');
    expect(paragraph!.html).toBe('<p>see <a href="/ar/a/">a</a></p>');
  });
});

describe('pairing a translation with its German original', () => {
  const german = htmlBlocks(
    '<p>Vorwort.</p><h2>Was?</h2><p>Eins.</p><ul><li>a</li><li>b</li></ul><h2>Wie?</h2><p>Zwei.</p><p>Drei.</p>',
  );

  it('pairs block by block and list item by list item when the structure is the same', () => {
    const translated = htmlBlocks(
      '<p>Preface.</p><h2>What?</h2><p>One.</p><ul><li>A</li><li>B</li></ul><h2>How?</h2><p>Two.</p><p>Three.</p>',
    );
    const { pairs, wholeParts } = pairBlocks(translated, german);
    expect(wholeParts).toBe(0);
    expect(texts(pairs)).toEqual([
      ['Preface.', 'Vorwort.'],
      ['What?', 'Was?'],
      ['One.', 'Eins.'],
      [
        ['A', 'a'],
        ['B', 'b'],
      ],
      ['How?', 'Wie?'],
      ['Two.', 'Zwei.'],
      ['Three.', 'Drei.'],
    ]);
    expect(pairs[3]).toMatchObject({ kind: 'list', tag: 'ul' });
  });

  it('shows a part whole beside the German part when its blocks differ in number, and counts it', () => {
    // The translator joined "Zwei." and "Drei." into one paragraph.
    const translated = htmlBlocks(
      '<p>Preface.</p><h2>What?</h2><p>One.</p><ul><li>A</li><li>B</li></ul><h2>How?</h2><p>Two and three.</p>',
    );
    const { pairs, wholeParts } = pairBlocks(translated, german);
    expect(wholeParts).toBe(1);
    // The other parts still pair one by one, and so do the headings.
    expect(texts(pairs)).toEqual([
      ['Preface.', 'Vorwort.'],
      ['What?', 'Was?'],
      ['One.', 'Eins.'],
      [
        ['A', 'a'],
        ['B', 'b'],
      ],
      ['How?', 'Wie?'],
      ['Two and three.', 'Zwei. Drei.'],
    ]);
  });

  it('pairs a list whose items differ in number as a whole list', () => {
    const translated = htmlBlocks(
      '<p>Preface.</p><h2>What?</h2><p>One.</p><ul><li>A and B</li></ul><h2>How?</h2><p>Two.</p><p>Three.</p>',
    );
    const { pairs, wholeParts } = pairBlocks(translated, german);
    expect(wholeParts).toBe(0);
    expect(pairs[3]).toMatchObject({ kind: 'blocks' });
    expect(texts(pairs)[3]).toEqual(['A and B', 'a b']);
  });

  it('pairs blocks of different kinds by their place (a paragraph translated as a list)', () => {
    const { pairs } = pairBlocks(htmlBlocks('<p>x</p><ul><li>y</li></ul>'), htmlBlocks('<p>X</p><p>Y</p>'));
    expect(texts(pairs)).toEqual([
      ['x', 'X'],
      ['y', 'Y'],
    ]);
  });

  it('cuts at higher headings only when the lower ones do not match', () => {
    // German has an h3 the translation leaves out: parts are cut at the h2s instead.
    const germanText = htmlBlocks('<h2>A</h2><p>a</p><h3>A1</h3><p>a1</p><h2>B</h2><p>b</p>');
    const translated = htmlBlocks('<h2>TA</h2><p>ta ta1</p><h2>TB</h2><p>tb</p>');
    const { pairs, wholeParts } = pairBlocks(translated, germanText);
    expect(texts(pairs)).toEqual([
      ['TA', 'A'],
      ['ta ta1', 'a A1 a1'],
      ['TB', 'B'],
      ['tb', 'b'],
    ]);
    expect(wholeParts).toBe(1);
  });

  it('pairs the whole text when even the main headings differ', () => {
    const translated = htmlBlocks('<h2>TA</h2><p>ta</p>');
    const { pairs, wholeParts } = pairBlocks(translated, htmlBlocks('<h2>A</h2><p>a</p><h2>B</h2><p>b</p>'));
    expect(texts(pairs)).toEqual([['TA ta', 'A a B b']]);
    expect(wholeParts).toBe(1);
  });

  it('has nothing to pair for two empty texts', () => {
    expect(pairBlocks([], [])).toEqual({ pairs: [], wholeParts: 0 });
  });

  it('gives the German copy no ids and links to the reader’s language', () => {
    const { pairs } = readingPairs(
      '<h2 id="what">What?</h2><p><a href="/en/glossar/kammer/">chamber</a></p>',
      '<h2 id="was">Was?</h2><p><a href="/de/glossar/kammer/">Kammer</a> <a href="https://www.bamf.de/">BAMF</a></p>',
      'en',
    );
    expect(pairs).toEqual([
      { kind: 'blocks', translated: '<h2 id="what">What?</h2>', german: '<h2>Was?</h2>' },
      {
        kind: 'blocks',
        translated: '<p><a href="/en/glossar/kammer/">chamber</a></p>',
        german: '<p><a href="/en/glossar/kammer/">Kammer</a> <a href="https://www.bamf.de/">BAMF</a></p>',
      },
    ]);
  });
});

describe('links in the German text', () => {
  it('lead to the site’s pages in the reader’s language, except German-only ones and other sites', () => {
    expect(readerHref('/de/stationen/3/', 'ar')).toBe('/ar/stationen/3/');
    expect(readerHref('/de/leichte-sprache/', 'ar')).toBe('/de/leichte-sprache/');
    expect(readerHref('https://www.bamf.de/de/', 'ru')).toBe('https://www.bamf.de/de/');
    expect(readerHref('#abschnitt', 'uk')).toBe('#abschnitt');
    expect(readerHref('mailto:a@b.de', 'en')).toBe('mailto:a@b.de');
  });
});

describe('pairing plain lists (a station’s questions)', () => {
  it('pairs item by item when both lists are as long, else not at all', () => {
    expect(pairItems(['a?', 'b?'], ['A?', 'B?'])).toEqual([
      { translated: 'a?', german: 'A?' },
      { translated: 'b?', german: 'B?' },
    ]);
    expect(pairItems(['a?'], ['A?', 'B?'])).toBeUndefined();
  });
});

describe('the reading help’s address', () => {
  it('is the entry page’s with /mit-deutsch/, for the guide, glossary, stations and events', () => {
    expect(routes.readingHelp('ar', 'guides', 'x')).toBe('/ar/ausbildung/x/mit-deutsch/');
    expect(routes.readingHelp('uk', 'stations', '2')).toBe('/uk/stationen/2/mit-deutsch/');
    expect(routes.readingHelp('ru', 'events', 'y')).toBe('/ru/veranstaltungen/y/mit-deutsch/');
    expect(isReadingHelpView(routes.readingHelp('en', 'glossary', 'kammer'))).toBe(true);
    expect(isReadingHelpView('/en/glossar/kammer/')).toBe(false);
    expect(isReadingHelpView('/en/partner/lamsa/mit-deutsch/')).toBe(false);
  });

  it('is kept out of the sitemap (the entry page is in it)', () => {
    expect(isInSitemap(routes.readingHelp('ar', 'guides', 'x'), new Set())).toBe(false);
    expect(isInSitemap(routes.entry('ar', 'guides', 'x'), new Set())).toBe(true);
  });
});
