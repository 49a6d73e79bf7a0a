/**
 * The last pass over the HTML tree of every Markdown file: only the elements
 * and attributes our Markdown and our plugins make survive
 * (`hast-util-sanitize` with the schema below); anything else – an element a
 * future plugin or parser change lets through, an event-handler attribute, a
 * URL with a scheme off the allow-list – is dropped. `neutralizeHostileMarkdown`
 * has already turned raw HTML into text; this pass holds should that ever fail.
 *
 * It runs in satteri's whole-tree hook (`after`, given the root) and replaces
 * the root with the clean copy. Astro's own hast plugins run after ours:
 * heading ids and the image marker are added after this pass (so `id` is not
 * on the list); Shiki runs before it, and its colours on code blocks are
 * dropped (style attributes are not on the list; the site's content has no
 * code blocks).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { defineHastPlugin } from 'satteri';
import { localeCodes } from '../core/locales.ts';
import { imageSchemes, languageSpanClosed, languageSpanOpened, linkSchemes } from './neutralizeHostileMarkdown.ts';

const headings = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** What CommonMark and GFM make of Markdown, and what `src/markdown/*.ts` add. */
export const contentSchema: Schema = {
  tagNames: [
    ...headings,
    'p',
    'br',
    'hr',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    // `<span lang>` (language of parts, by editors), `<span class="link-language">` (markLinkLanguage)
    'span',
    // German terms in Arabic, Russian and Ukrainian text (markGermanTerms)
    'bdi',
  ],
  attributes: {
    // `glossary-link`: linkGlossaryTerms
    a: ['href', 'title', ['className', 'glossary-link']],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    span: [
      ['lang', ...localeCodes],
      ['className', 'link-language'],
    ],
    bdi: [['lang', ...localeCodes]],
    code: [['className', /^language-[\w+#-]+$/]],
    // A wide code block scrolls; tabindex lets keyboard users scroll it (Shiki sets it).
    pre: [['tabIndex', 0]],
    // Column alignment in GFM tables, exactly as the parser writes it.
    th: [['style', /^text-align: (left|center|right)$/]],
    td: [['style', /^text-align: (left|center|right)$/]],
  },
  protocols: { href: [...linkSchemes], src: [...imageSchemes] },
  // Parts of lists and tables only count inside their parent; out of place they are unwrapped.
  ancestors: { li: ['ol', 'ul'], thead: ['table'], tbody: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
  required: {},
  // No `id` or `name` is allowed, so nothing to prefix against clobbering.
  clobber: [],
  // An element off the list is replaced by its content, these by nothing.
  strip: ['script', 'style'],
  allowComments: false,
  allowDoctypes: false,
};

type Parent = Root | Element;
type Child = RootContent | ElementContent;

/**
 * The tree with each `<span lang="xx">` … `</span>` pair (raw HTML that
 * `neutralizeHostileMarkdown` let through) made a real `span` element, so the
 * sanitizer can check it like any other; an opening or closing tag without its
 * partner, and any other raw HTML, becomes text, as raw HTML does elsewhere.
 */
export function withLanguageSpans<T extends Parent>(node: T): T {
  const frames: { lang: string; opening: string; children: Child[] }[] = [{ lang: '', opening: '', children: [] }];
  for (const child of node.children as readonly Child[]) {
    const top = frames[frames.length - 1]!;
    if (child.type === 'raw') {
      const lang = languageSpanOpened(child.value);
      if (lang) {
        frames.push({ lang, opening: child.value, children: [] });
      } else if (languageSpanClosed(child.value) && frames.length > 1) {
        frames.pop();
        frames[frames.length - 1]!.children.push({
          type: 'element',
          tagName: 'span',
          properties: { lang: top.lang },
          children: top.children as ElementContent[],
        });
      } else {
        top.children.push({ type: 'text', value: child.value });
      }
    } else {
      top.children.push(child.type === 'element' ? withLanguageSpans(child) : child);
    }
  }
  while (frames.length > 1) {
    const unclosed = frames.pop()!;
    frames[frames.length - 1]!.children.push({ type: 'text', value: unclosed.opening }, ...unclosed.children);
  }
  return { ...node, children: frames[0]!.children };
}

/** The tree with only what `contentSchema` allows. */
export function sanitizeContentTree(root: Root): Root {
  const clean = sanitize(withLanguageSpans(root), contentSchema) as Root;
  withoutEmptyClasses(clean);
  return clean;
}

/** A class list the schema emptied would render as `class=""`. */
function withoutEmptyClasses(node: Parent): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (Array.isArray(child.properties.className) && child.properties.className.length === 0) {
      delete child.properties.className;
    }
    withoutEmptyClasses(child);
  }
}

export const sanitizeContentHtml = defineHastPlugin({
  name: 'sanitize-content-html',
  after(root, ctx) {
    ctx.replaceNode(root, sanitizeContentTree(root));
  },
});
