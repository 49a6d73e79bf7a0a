/**
 * Markdown comes from editors through the CMS. Raw HTML in it is shown as
 * text (never executed or rendered), and links or images whose URL scheme is
 * not on the allow-list lose their target, so a pasted `<script>` or a
 * `javascript:` link cannot run on a reader's phone. An allow-list, because a
 * list of bad schemes is never complete (`data:`, `vbscript:`, `file:`, and
 * whatever a browser adds next).
 *
 * One exact form of HTML stays: `<span lang="de">…</span>`, which marks a
 * German term inside a translation (WCAG 3.1.2, language of parts).
 *
 * This is the first of two layers: `sanitizeContentHtml` checks the finished
 * HTML tree against an allow-list of elements and attributes.
 */
import { defineMdastPlugin } from 'satteri';
import { localeCodes, type LocaleCode } from '../core/locales.ts';

/** URL schemes a link may use; links without a scheme (`/de/…`, `#top`, `../x`) are always allowed. */
export const linkSchemes = ['http', 'https', 'mailto', 'tel'] as const;
/** URL schemes an image may use: no `data:` (an SVG can carry script), nothing that is not a picture. */
export const imageSchemes = ['http', 'https'] as const;

const languageSpanOpening = new RegExp(`^<span lang="(${localeCodes.join('|')})">$`);
const languageSpanClosing = '</span>';

/**
 * A URL as browsers read it, if it names no scheme (relative, fragment, query)
 * or one of `schemes`; otherwise `undefined`. Browsers ignore control
 * characters and blanks inside a scheme, and its case, so `Java\tScript:` is
 * `javascript:`; an allowed scheme comes back in lower case, the form the HTML
 * pass (`sanitizeContentHtml`) accepts.
 *
 * @example allowedUrl(' Java\tScript:alert(1)', linkSchemes) // undefined
 * @example allowedUrl('HTTPS://www.bibb.de/', linkSchemes) // 'https://www.bibb.de/'
 * @example allowedUrl('/de/veranstaltungen/', linkSchemes) // '/de/veranstaltungen/'
 */
export function allowedUrl(url: string, schemes: readonly string[]): string | undefined {
  const colon = url.indexOf(':');
  if (colon < 0) return url;
  const scheme = url.slice(0, colon).replace(/[\u0000-\u0020\u007F]+/g, '');
  // Not scheme-shaped (`/a:b`, `#x:y`, `?q=a:b`): the colon belongs to a relative URL.
  if (!/^[a-z][a-z0-9+.-]*$/i.test(scheme)) return url;
  const lower = scheme.toLowerCase();
  return schemes.includes(lower) ? `${lower}:${url.slice(colon + 1)}` : undefined;
}

/**
 * The language of an allowed opening tag `<span lang="xx">` (one of the site's languages).
 *
 * @example languageSpanOpened('<span lang="de">') // 'de'
 */
export function languageSpanOpened(html: string): LocaleCode | undefined {
  return html.match(languageSpanOpening)?.[1] as LocaleCode | undefined;
}

/** Whether `html` is the closing tag of a language span. */
export function languageSpanClosed(html: string): boolean {
  return html === languageSpanClosing;
}

/** @example isAllowedHtml('<span lang="de">') // true */
export function isAllowedHtml(html: string): boolean {
  return languageSpanOpened(html) !== undefined || languageSpanClosed(html);
}

export const neutralizeHostileMarkdown = defineMdastPlugin({
  name: 'neutralize-hostile-markdown',
  html(node, ctx) {
    if (!isAllowedHtml(node.value)) ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  link(node, ctx) {
    const url = allowedUrl(node.url, linkSchemes) ?? '#';
    if (url !== node.url) ctx.setProperty(node, 'url', url);
  },
  definition(node, ctx) {
    // Images use definitions too (`![x][ref]`); a link-only scheme on an image is dropped by the HTML pass.
    const url = allowedUrl(node.url, linkSchemes) ?? '#';
    if (url !== node.url) ctx.setProperty(node, 'url', url);
  },
  image(node, ctx) {
    const url = allowedUrl(node.url, imageSchemes);
    if (url === undefined) ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
    else if (url !== node.url) ctx.setProperty(node, 'url', url);
  },
});
