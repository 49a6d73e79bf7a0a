import type { Root } from 'hast';
import { defineHastPlugin, markdownToHtml, type HastPluginList } from 'satteri';
import { describe, expect, it } from 'vitest';
import {
  allowedUrl,
  imageSchemes,
  linkSchemes,
  neutralizeHostileMarkdown,
} from '../../src/markdown/neutralizeHostileMarkdown.ts';
import { sanitizeContentHtml, sanitizeContentTree } from '../../src/markdown/sanitizeContentHtml.ts';

/** Both layers, as astro.config.mjs runs them. */
const render = (markdown: string) =>
  markdownToHtml(markdown, { mdastPlugins: [neutralizeHostileMarkdown], hastPlugins: [sanitizeContentHtml] }).html;

describe('hostile Markdown from the CMS', () => {
  it('shows raw HTML as text instead of running it', () => {
    const html = render(
      'Hallo <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&lt;iframe src="https://evil.example"&gt;&lt;/iframe&gt;');
  });

  it('takes the target away from javascript:, data: and vbscript: links and images', () => {
    const html = render(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x) ![d](data:image/svg+xml,x) [e][ref]\n\n[ref]: vbscript:x',
    );
    expect(html).not.toMatch(/javascript:|data:|vbscript:/i);
  });

  it('allows only http, https, mailto and tel links, and relative ones; any other scheme loses its target', () => {
    const html = render(
      '[ftp](ftp://files.example/x) [file](file:///etc/passwd) [web](https://www.bibb.de/) [mail](mailto:info@example.org) ' +
        '[phone](tel:+49391000000) [page](/de/veranstaltungen/) [up](../glossar/) [part](#anmeldung) [query](?q=a:b)',
    );
    expect(html).toContain('<a href="#">ftp</a>');
    expect(html).toContain('<a href="#">file</a>');
    expect(html).toContain('<a href="https://www.bibb.de/">web</a>');
    expect(html).toContain('<a href="mailto:info@example.org">mail</a>');
    expect(html).toContain('<a href="tel:+49391000000">phone</a>');
    expect(html).toContain('<a href="/de/veranstaltungen/">page</a>');
    expect(html).toContain('<a href="../glossar/">up</a>');
    expect(html).toContain('<a href="#anmeldung">part</a>');
    expect(html).toContain('<a href="?q=a:b">query</a>');
  });

  it('shows a data: image as its alt text, and keeps http and https images', () => {
    const html = render('![Plakat](data:image/png;base64,iVBORw0KGgo=) ![Logo](https://example.org/logo.png)');
    expect(html).toContain('<p>Plakat <img src="https://example.org/logo.png" alt="Logo"></p>');
  });

  it('shows a raw <a href="ftp:…"> as text, like any other raw HTML', () => {
    expect(render('<a href="ftp://files.example/x">Datei</a>')).toContain(
      '&lt;a href="ftp://files.example/x"&gt;Datei&lt;/a&gt;',
    );
  });

  it('keeps ordinary links and the one allowed tag, a language span', () => {
    const html = render('Siehe [BIBB](https://www.bibb.de/) und <span lang="de">Ausbildung</span>.');
    expect(html).toContain('<a href="https://www.bibb.de/">BIBB</a>');
    expect(html).toContain('<span lang="de">Ausbildung</span>');
  });

  it('keeps Markdown inside a language span, and shows a span without its closing tag as text', () => {
    expect(render('<span lang="de">**Ausbildung**</span>')).toBe(
      '<p><span lang="de"><strong>Ausbildung</strong></span></p>\n',
    );
    expect(render('a <span lang="de">b')).toBe('<p>a &lt;span lang="de"&gt;b</p>\n');
  });

  it('does not let attributes ride along on the language span', () => {
    expect(render('<span lang="de" onclick="x()">a</span>')).not.toContain('<span');
  });

  it('sees through whitespace, control characters and capitals inside the scheme', () => {
    expect(allowedUrl(' java\tscript:alert(1)', linkSchemes)).toBeUndefined();
    expect(allowedUrl('mailto:a@example.org', imageSchemes)).toBeUndefined();
    expect(allowedUrl('HTTPS://www.arbeitsagentur.de/', linkSchemes)).toBe('https://www.arbeitsagentur.de/');
    expect(allowedUrl('/de/veranstaltungen/', linkSchemes)).toBe('/de/veranstaltungen/');
  });
});

describe('the allow-list over the finished HTML tree', () => {
  it('cleans what an earlier hast plugin added: an onerror attribute, an iframe, a class off the list', async () => {
    const careless = defineHastPlugin({
      name: 'careless',
      element: {
        filter: ['img'],
        visit(node, ctx) {
          ctx.setProperty(node, 'onError', 'alert(1)');
          ctx.setProperty(node, 'className', ['wide']);
          ctx.insertAfter(node, { type: 'element', tagName: 'iframe', properties: { src: '/x' }, children: [] });
        },
      },
    });
    const html = async (hastPlugins: HastPluginList) =>
      (await markdownToHtml('![Plakat](/plakat.png)', { hastPlugins })).html;
    expect(await html([careless])).toContain('onerror');
    expect(await html([careless, sanitizeContentHtml])).toBe('<p><img src="/plakat.png" alt="Plakat"></p>\n');
  });

  // Trees as a broken plugin or parser could hand over: the Markdown layer never saw them.
  const paragraph = (...children: Root['children']): Root => ({
    type: 'root',
    children: [{ type: 'element', tagName: 'p', properties: {}, children: children as never }],
  });
  const element = (tagName: string, properties: Record<string, unknown>, text = '') => ({
    type: 'element' as const,
    tagName,
    properties: properties as never,
    children: text ? [{ type: 'text' as const, value: text }] : [],
  });

  it('drops an iframe and a script, keeping an unknown element only as its text', () => {
    const clean = sanitizeContentTree(
      paragraph(
        element('iframe', { src: 'https://evil.example' }),
        element('script', {}, 'alert(1)'),
        element('marquee', {}, 'Hallo'),
      ),
    );
    expect(clean).toEqual(paragraph({ type: 'text', value: 'Hallo' }));
  });

  it('drops event handlers, styles and ids, and URLs off the allow-list', () => {
    const clean = sanitizeContentTree(
      paragraph(
        element('img', { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'Bild', onError: 'alert(2)' }),
        element('a', { href: 'ftp://files.example/x', style: 'position:fixed', id: 'x' }, 'Datei'),
        element('a', { href: 'https://www.bibb.de/', className: ['glossary-link', 'evil'] }, 'BIBB'),
      ),
    );
    expect(clean).toEqual(
      paragraph(
        element('img', { alt: 'Bild' }),
        element('a', {}, 'Datei'),
        element('a', { href: 'https://www.bibb.de/', className: ['glossary-link'] }, 'BIBB'),
      ),
    );
  });

  it('keeps what the plugins add: glossary links, German terms, the link-language note', () => {
    const tree = paragraph(
      element('a', { href: '/ar/glossar/ausbildungsvertrag/', className: ['glossary-link'] }, 'Ausbildungsvertrag'),
      element('bdi', { lang: 'de' }, 'Ausbildung'),
      element('span', { className: ['link-language'] }, '(auf Deutsch)'),
      element('span', { lang: 'ar' }, 'نص'),
    );
    expect(sanitizeContentTree(tree)).toEqual(tree);
  });

  it('refuses a language that is not one of the site’s', () => {
    expect(sanitizeContentTree(paragraph(element('span', { lang: 'fr' }, 'mot')))).toEqual(
      paragraph(element('span', {}, 'mot')),
    );
  });
});
