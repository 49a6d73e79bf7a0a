import { describe, expect, it } from 'vitest';
import { inlineScriptsOf, parseHtml, parseHtmlHead } from '../../src/lib/formats/htmlDocument.ts';

const page = `<!doctype html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <META NAME=description CONTENT='Fish &amp; chips'>
  <meta property="og:locale:alternate" content="de_DE"><meta property="og:locale:alternate" content="en_GB">
  <meta http-equiv="Refresh" content="0; url=/ar/ziel/">
  <link href="/_astro/a.css" rel="preload stylesheet">
  <script type="application/ld+json">{"@type":"Event"}</script>
  <script>let a = "</div>";</script>
</head>
<body>
  <header class="site-header"><a class="skip-link" href="#main">Skip</a></header>
  <main id="main" lang="de"><h1>Title <bdi lang="de">Wort</bdi></h1>
    <p class="note big">Text with <a href="/x?a=1&amp;b=2" class="glossary-link">a link</a><span class="link-language">(German)</span></p>
    <h3 id="later">Later</h3>
    <svg role="img"><clipPath id="c"></clipPath><rect x="0" width="10"/><circle r="1"/></svg>
    <noscript><a href="/without-js/">Without JavaScript</a></noscript>
  </main>
  <script type="module" src="/_astro/m.js"></script>
  <script type="module">console.log(1)</script>
</body>
</html>`;

describe('a parsed page', () => {
  const doc = parseHtml(page);

  it('reads attributes and text decoded, whatever the quoting and case', () => {
    expect(doc.root.attributes).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(doc.meta('description')).toBe('Fish & chips');
    expect(doc.first('a.glossary-link')!.attribute('href')).toBe('/x?a=1&b=2');
    expect(doc.first('h1')!.text).toBe('Title Wort');
  });

  it('finds elements by type, class, id, attribute and their place', () => {
    expect(doc.all('p.note.big > a[href^="/x"]')).toHaveLength(1);
    expect(doc.all('p.note.small a')).toHaveLength(0);
    expect(doc.all('main a')).toHaveLength(2);
    expect(doc.all('header > a.skip-link[href="#main"]')).toHaveLength(1);
    expect(doc.all('body > a')).toHaveLength(0);
    expect(doc.all('[id]').map((e) => e.attribute('id'))).toEqual(['main', 'later', 'c']);
    expect(doc.all('svg rect, circle').map((e) => e.name)).toEqual(['rect', 'circle']);
    expect(doc.all('clippath')).toHaveLength(1);
    expect(doc.all('link[rel~="stylesheet"]')).toHaveLength(1);
    expect(doc.first('h1')!.closest('main[lang="de"]')).toBeDefined();
    expect(doc.first('a.glossary-link')!.nextElement!.text).toBe('(German)');
    expect(() => doc.all('a:first-child')).toThrow(/Unsupported selector/);
  });

  it('keeps what stands in <noscript> (the page without JavaScript)', () => {
    expect(doc.all('noscript a').map((a) => a.attribute('href'))).toEqual(['/without-js/']);
  });

  it('tells the scripts that run from data blocks, with their text as written', () => {
    expect(doc.scripts().map(({ src, runs }) => ({ src, runs }))).toEqual([
      { src: undefined, runs: false },
      { src: undefined, runs: true },
      { src: '/_astro/m.js', runs: true },
      { src: undefined, runs: true },
    ]);
    expect(doc.inlineScripts()).toEqual(['let a = "</div>";', 'console.log(1)']);
    expect(inlineScriptsOf(page)).toEqual(doc.inlineScripts());
    expect(inlineScriptsOf('<p>No script here</p>')).toEqual([]);
  });

  it('lists meta tags by name, property or http-equiv, and where a refresh forwards', () => {
    expect(doc.metas('og:locale:alternate')).toEqual(['de_DE', 'en_GB']);
    expect(doc.meta('og:title')).toBeUndefined();
    expect(doc.refreshTarget()).toBe('/ar/ziel/');
    expect(parseHtml('<meta http-equiv="refresh" content="5">').refreshTarget()).toBeUndefined();
  });

  it('gives the headings in order', () => {
    expect(doc.headings()).toEqual([
      { level: 1, text: 'Title Wort', id: undefined },
      { level: 3, text: 'Later', id: 'later' },
    ]);
  });
});

describe('the head of a page', () => {
  it('holds the head and stops where the body starts', () => {
    const head = parseHtmlHead(page);
    expect(head.root.attribute('dir')).toBe('rtl');
    expect(head.meta('description')).toBe('Fish & chips');
    expect(head.first('body')).toBeUndefined();
    expect(head.all('main')).toEqual([]);
  });

  it('gives the text nodes apart, so words at element edges do not run together', () => {
    const main = parseHtml('<main><h1>Ausbildung</h1><p>Berufs<b>schule</b></p></main>').first('main')!;
    expect(main.text).toBe('AusbildungBerufsschule');
    expect(main.textParts()).toEqual(['Ausbildung', 'Berufs', 'schule']);
  });
});
