/**
 * Rendered Markdown cut into its top-level blocks – headings, paragraphs, lists (with their
 * items), quotes, tables – so two versions of one text can be set side by side block by block.
 * Parsed by the HTML standard's parser (parse5), so the blocks are exactly what a browser sees.
 */
import { parseFragment, serialize, serializeOuter, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const isElement = (node: Node): node is Element => 'tagName' in node;

export interface HtmlBlock {
  /** The block's element, lower case (`h2`, `p`, `ul`); `#text` for loose text between blocks. */
  tag: string;
  /** 1–6 for a heading, else undefined. */
  headingLevel?: number;
  /** The block's markup, the element included. */
  html: string;
  /** A list's items (`ul`, `ol`): each item's inner markup, in order. */
  items?: string[];
  /** The element's own attributes (an `ol`'s `start`). */
  attributes: Record<string, string>;
}

export interface HtmlBlockOptions {
  /** Changes the target of every link (`a[href]`) – a copy of a text shown elsewhere may lead elsewhere. */
  href?: (href: string) => string;
  /** Leaves out every `id`: a second copy of a text on one page must not repeat the first one's. */
  withoutIds?: boolean;
}

function adjust(node: Node, options: HtmlBlockOptions): void {
  if (!isElement(node)) return;
  if (options.withoutIds) node.attrs = node.attrs.filter((a) => a.name !== 'id');
  if (options.href && node.tagName === 'a') {
    for (const attr of node.attrs) if (attr.name === 'href') attr.value = options.href(attr.value);
  }
  for (const child of node.childNodes) adjust(child, options);
}

/**
 * The top-level blocks of an HTML fragment, in order; white space between them is dropped.
 *
 * @example htmlBlocks('<h2>A</h2>\n<ul><li>x</li></ul>').map((b) => b.tag) // ['h2', 'ul']
 * @example htmlBlocks('<ul><li>x</li><li>y</li></ul>')[0].items // ['x', 'y']
 */
export function htmlBlocks(fragment: string, options: HtmlBlockOptions = {}): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  for (const node of parseFragment(fragment).childNodes) {
    if (node.nodeName === '#comment') continue;
    if (!isElement(node)) {
      const text = (node as DefaultTreeAdapterTypes.TextNode).value;
      if (text.trim()) blocks.push({ tag: '#text', html: serializeOuter(node), attributes: {} });
      continue;
    }
    adjust(node, options);
    const heading = /^h([1-6])$/.exec(node.tagName);
    const isList = node.tagName === 'ul' || node.tagName === 'ol';
    blocks.push({
      tag: node.tagName,
      ...(heading ? { headingLevel: Number(heading[1]) } : {}),
      html: serializeOuter(node),
      ...(isList
        ? {
            items: node.childNodes
              .filter((child): child is Element => isElement(child) && child.tagName === 'li')
              .map((li) => serialize(li).trim()),
          }
        : {}),
      attributes: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])),
    });
  }
  return blocks;
}
