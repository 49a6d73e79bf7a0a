import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { isUnsafeUrl, neutralizeHostileMarkdown } from '../../src/markdown/neutralizeHostileMarkdown.ts';

const render = (markdown: string) => markdownToHtml(markdown, { mdastPlugins: [neutralizeHostileMarkdown] }).html;

describe('hostile Markdown from the CMS', () => {
  it('shows raw HTML as text instead of running it', () => {
    const html = render(
      'Hallo <script>alert(1)</script> <img src=x onerror=alert(2)>\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('takes the target away from javascript:, data: and vbscript: links and images', () => {
    const html = render(
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x) ![d](data:image/svg+xml,x) [e][ref]\n\n[ref]: vbscript:x',
    );
    expect(html).not.toMatch(/javascript:|data:|vbscript:/i);
  });

  it('keeps ordinary links and the one allowed tag, a language span', () => {
    const html = render('Siehe [BIBB](https://www.bibb.de/) und <span lang="de">Ausbildung</span>.');
    expect(html).toContain('<a href="https://www.bibb.de/">BIBB</a>');
    expect(html).toContain('<span lang="de">Ausbildung</span>');
  });

  it('does not let attributes ride along on the language span', () => {
    expect(render('<span lang="de" onclick="x()">a</span>')).not.toContain('<span');
  });

  it('sees through whitespace and control characters inside the scheme', () => {
    expect(isUnsafeUrl(' java\tscript:alert(1)')).toBe(true);
    expect(isUnsafeUrl('/de/veranstaltungen/')).toBe(false);
    expect(isUnsafeUrl('https://www.arbeitsagentur.de/')).toBe(false);
  });
});
