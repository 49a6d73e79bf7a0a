/**
 * Markdown comes from editors through the CMS. Raw HTML in it is shown as
 * text (never executed or rendered), and links or images with script-capable
 * URL schemes lose their target, so a pasted `<script>` or `javascript:` link
 * cannot run on a reader's phone.
 *
 * One exact form of HTML stays: `<span lang="de">…</span>`, which marks a
 * German term inside a translation (WCAG 3.1.2, language of parts).
 */
import { defineMdastPlugin } from 'satteri';
import { localeCodes } from '../core/locales.ts';

const unsafeScheme = /^(javascript|vbscript|data|file):/i;
const languageSpan = new RegExp(`^(<span lang="(${localeCodes.join('|')})">|</span>)$`);

/** @example isUnsafeUrl(' Java\tScript:alert(1)') // true */
export function isUnsafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside the scheme.
  return unsafeScheme.test(url.replace(/[\u0000-\u0020\u007F]+/g, ''));
}

/** @example isAllowedHtml('<span lang="de">') // true */
export function isAllowedHtml(html: string): boolean {
  return languageSpan.test(html);
}

export const neutralizeHostileMarkdown = defineMdastPlugin({
  name: 'neutralize-hostile-markdown',
  html(node, ctx) {
    if (!isAllowedHtml(node.value)) ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  link(node, ctx) {
    if (isUnsafeUrl(node.url)) ctx.setProperty(node, 'url', '#');
  },
  definition(node, ctx) {
    if (isUnsafeUrl(node.url)) ctx.setProperty(node, 'url', '#');
  },
  image(node, ctx) {
    if (isUnsafeUrl(node.url)) ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
  },
});
