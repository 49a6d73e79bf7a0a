/**
 * A built page read as a browser reads it: parsed by the HTML standard's parser (parse5), so
 * attribute order, quoting, entities, self-closing tags and SVG do not matter to the questions asked
 * of it – which links a page has, which scripts run, what its meta tags say, its headings in order.
 * The host configuration (inline script hashes, short-link targets), the link preview images, the
 * link checker, the size report and the build tests all read pages through this module.
 *
 * Elements are found with a small subset of CSS selectors: type, `#id`, `.class`, `[attr]`,
 * `[attr="v"]` (also `^=`, `$=`, `*=`, `~=`), joined by descendant (` `) and child (`>`)
 * combinators, several separated by commas.
 */
import { defaultTreeAdapter, html as spec, parse, serializeOuter, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
type Element = DefaultTreeAdapterTypes.Element;

const isElement = (node: Node): node is Element => 'tagName' in node;

/** One element of a parsed page. Attribute values and text come decoded (`&amp;` is `&`). */
export class HtmlElement {
  readonly #node: Element;

  constructor(node: Element) {
    this.#node = node;
  }

  /** The tag name, lower case (`a`, `svg`, `rect`). */
  get name(): string {
    return this.#node.tagName;
  }

  attribute(name: string): string | undefined {
    return this.#node.attrs.find((a) => a.name === name)?.value;
  }

  /** Every attribute, in the order the page writes them. */
  get attributes(): Record<string, string> {
    return Object.fromEntries(this.#node.attrs.map((a) => [a.name, a.value]));
  }

  hasClass(name: string): boolean {
    return (this.attribute('class') ?? '').split(/\s+/).includes(name);
  }

  /** All text inside, as `textContent` gives it (a script's or style's source included). */
  get text(): string {
    return this.textParts().join('');
  }

  /** The text nodes inside, in order: joined with spaces, words at element edges stay apart. */
  textParts(): string[] {
    const parts: string[] = [];
    const walk = (node: ParentNode) => {
      for (const child of node.childNodes) {
        if (child.nodeName === '#text') parts.push((child as DefaultTreeAdapterTypes.TextNode).value);
        else if (isElement(child)) walk(child);
      }
    };
    walk(this.#node);
    return parts;
  }

  /** The element's markup, serialised again (for messages, and for the rare question about raw markup). */
  get outerHtml(): string {
    return serializeOuter(this.#node);
  }

  get parent(): HtmlElement | undefined {
    const parent = this.#node.parentNode;
    return parent && isElement(parent) ? new HtmlElement(parent) : undefined;
  }

  /** Child elements, without text or comments. */
  get children(): HtmlElement[] {
    return this.#node.childNodes.filter(isElement).map((child) => new HtmlElement(child));
  }

  /** What the element holds, in order: elements, and text that is not only white space (comments left out). */
  get contents(): (HtmlElement | string)[] {
    return this.#node.childNodes.flatMap((child): (HtmlElement | string)[] => {
      if (isElement(child)) return [new HtmlElement(child)];
      if (child.nodeName === '#text') {
        const { value } = child as DefaultTreeAdapterTypes.TextNode;
        return value.trim() ? [value] : [];
      }
      return [];
    });
  }

  /** The element right after this one among its parent's elements (text between is skipped). */
  get nextElement(): HtmlElement | undefined {
    const siblings = this.#node.parentNode?.childNodes ?? [];
    const next = siblings.slice(siblings.indexOf(this.#node) + 1).find(isElement);
    return next && new HtmlElement(next);
  }

  /** Elements inside this one that match `selector`, in document order. */
  all(selector: string): HtmlElement[] {
    return descendants(this.#node, parseSelector(selector));
  }

  first(selector: string): HtmlElement | undefined {
    return firstDescendant(this.#node, parseSelector(selector));
  }

  /** Does this element match `selector`? */
  is(selector: string): boolean {
    return parseSelector(selector).some((s) => matches(this.#node, s));
  }

  /** The closest ancestor (or this element) matching `selector`. */
  closest(selector: string): HtmlElement | undefined {
    if (this.is(selector)) return this;
    return this.parent?.closest(selector);
  }
}

/** A script element of a page: its source file, or its inline text, and whether a browser runs it. */
export interface PageScript {
  src: string | undefined;
  type: string | undefined;
  /** The inline text exactly as a browser hashes it for the Content-Security-Policy; empty with `src`. */
  body: string;
  /** Classic and module scripts run; JSON and other data blocks do not. */
  runs: boolean;
}

/** JavaScript's MIME types besides `module`, as the HTML standard lists the common ones. */
const javascriptTypes = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript']);

export interface Heading {
  level: number;
  /** The heading's text, whitespace collapsed. */
  text: string;
  id: string | undefined;
}

/** A parsed page. */
export class HtmlDocument {
  /** The `<html>` element (a parsed document always has one). */
  readonly root: HtmlElement;
  readonly #rootNode: Element;
  /** Every element in document order, and by tag name: built at the first question, so questions are cheap. */
  #index: { elements: Element[]; byTag: Map<string, Element[]> } | undefined;

  constructor(rootNode: Element) {
    this.#rootNode = rootNode;
    this.root = new HtmlElement(rootNode);
  }

  #candidates(selectors: ComplexSelector[]): Element[] {
    if (!this.#index) {
      const elements: Element[] = [];
      const byTag = new Map<string, Element[]>();
      const walk = (node: Element) => {
        elements.push(node);
        const tag = node.tagName.toLowerCase();
        const sameTag = byTag.get(tag);
        if (sameTag) sameTag.push(node);
        else byTag.set(tag, [node]);
        for (const child of node.childNodes) if (isElement(child)) walk(child);
      };
      walk(this.#rootNode);
      this.#index = { elements, byTag };
    }
    // One selector naming its element type needs only the elements of that type.
    const tag = selectors.length === 1 ? selectors[0]![0]?.compound.tag : undefined;
    return tag ? (this.#index.byTag.get(tag) ?? []) : this.#index.elements;
  }

  /** Elements matching `selector`, `<html>` itself included, in document order. */
  all(selector: string): HtmlElement[] {
    const selectors = parseSelector(selector);
    return this.#candidates(selectors)
      .filter((element) => selectors.some((s) => matches(element, s)))
      .map((element) => new HtmlElement(element));
  }

  first(selector: string): HtmlElement | undefined {
    const selectors = parseSelector(selector);
    const found = this.#candidates(selectors).find((element) => selectors.some((s) => matches(element, s)));
    return found && new HtmlElement(found);
  }

  /**
   * The `content` of the first `<meta>` whose `name`, `property` or `http-equiv` is `key`.
   *
   * @example parseHtml('<meta property="og:title" content="A &amp; B">').meta('og:title') // 'A & B'
   */
  meta(key: string): string | undefined {
    return this.metas(key)[0];
  }

  /** Every such `content`, in order (`og:locale:alternate` has one per language). */
  metas(key: string): string[] {
    // `http-equiv` values are case-insensitive (`Content-Security-Policy`, `refresh`).
    const equiv = key.toLowerCase();
    return this.all('meta')
      .filter(
        (m) =>
          m.attribute('name') === key ||
          m.attribute('property') === key ||
          m.attribute('http-equiv')?.toLowerCase() === equiv,
      )
      .map((m) => m.attribute('content') ?? '');
  }

  /**
   * Where a `<meta http-equiv="refresh">` forwards the reader, if the page has one.
   *
   * @example parseHtml('<meta http-equiv="refresh" content="0; url=/de/">').refreshTarget() // '/de/'
   */
  refreshTarget(): string | undefined {
    return this.meta('refresh')
      ?.match(/^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(.+)$/i)?.[1]
      ?.replace(/^(['"])(.*)\1$/, '$2');
  }

  /** The page's scripts in document order. */
  scripts(): PageScript[] {
    return this.all('script').map((script) => {
      const src = script.attribute('src');
      const type = script.attribute('type');
      return {
        src,
        type,
        body: src === undefined ? script.text : '',
        runs: javascriptTypes.has((type ?? '').trim().toLowerCase()),
      };
    });
  }

  /** The text of every inline script a browser runs (what a Content-Security-Policy hash covers). */
  inlineScripts(): string[] {
    return this.scripts()
      .filter((s) => s.runs && s.src === undefined)
      .map((s) => s.body);
  }

  /** `h1`–`h6` in document order. */
  headings(): Heading[] {
    return this.all('h1, h2, h3, h4, h5, h6').map((h) => ({
      level: Number(h.name.slice(1)),
      text: h.text.replace(/\s+/g, ' ').trim(),
      id: h.attribute('id'),
    }));
  }

  /** Every `id` on the page: the targets of `#fragment` links. */
  ids(): Set<string> {
    return new Set(this.all('[id]').map((e) => e.attribute('id')!));
  }
}

const rootOf = (document: DefaultTreeAdapterTypes.Document) =>
  document.childNodes.find((n): n is Element => isElement(n) && n.tagName === 'html')!;

/**
 * Read as a browser without JavaScript reads it: what stands in `<noscript>` is part of the page (with
 * scripting on, the parser keeps it as text). Every page here works without JavaScript.
 */
const parserOptions = { scriptingEnabled: false };

/**
 * @example parseHtml(html).first('main')?.attribute('lang') // 'ar'
 */
export function parseHtml(html: string): HtmlDocument {
  return new HtmlDocument(rootOf(parse(html, parserOptions)));
}

/**
 * The text of every inline script a page runs (what a Content-Security-Policy hash covers), from its
 * markup: a page without the letters `<script` has none and is not parsed (about half of them).
 */
export function inlineScriptsOf(html: string): string[] {
  return /<script/i.test(html) ? parseHtml(html).inlineScripts() : [];
}

/** Thrown to stop the parser where the body starts. */
const endOfHead = Symbol('end of head');

/**
 * The page up to the end of its `<head>`: for questions about meta tags, the title and `<html lang dir>`
 * on every page of a build, a few times faster than parsing each whole page. The parser stops where
 * it would start the body, so what the parser counts as the head is all there.
 */
export function parseHtmlHead(html: string): HtmlDocument {
  let document: DefaultTreeAdapterTypes.Document | undefined;
  const treeAdapter = {
    ...defaultTreeAdapter,
    createDocument() {
      document = defaultTreeAdapter.createDocument();
      return document;
    },
    createElement(tagName: string, namespaceURI: spec.NS, attrs: Element['attrs']) {
      if (tagName === 'body' && namespaceURI === spec.NS.HTML) throw endOfHead;
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
  };
  try {
    parse(html, { ...parserOptions, treeAdapter });
  } catch (error) {
    if (error !== endOfHead) throw error;
  }
  return new HtmlDocument(rootOf(document!));
}

// The selector subset.

interface AttributeTest {
  name: string;
  operator: '' | '=' | '^=' | '$=' | '*=' | '~=';
  value: string;
}
interface Compound {
  tag: string | undefined;
  ids: string[];
  classes: string[];
  attributes: AttributeTest[];
}
/** Compounds right to left, each with the combinator that joins it to the next one (the one on its left). */
type ComplexSelector = { compound: Compound; combinator: ' ' | '>' | undefined }[];

const selectorCache = new Map<string, ComplexSelector[]>();
const token =
  /\s*(>)\s*|\s*(,)\s*|(\s+)|([a-zA-Z][\w-]*|\*)|#([\w-]+)|\.([\w-]+)|\[\s*([\w:-]+)\s*(?:([~^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([\w-]+))\s*)?\]/y;

function parseSelector(selector: string): ComplexSelector[] {
  const cached = selectorCache.get(selector);
  if (cached) return cached;
  const list: ComplexSelector[] = [];
  let compounds: ComplexSelector = [];
  let compound: Compound | undefined;
  let combinator: ' ' | '>' | undefined;
  const current = () => (compound ??= { tag: undefined, ids: [], classes: [], attributes: [] });
  const close = () => {
    if (compound) compounds.unshift({ compound, combinator });
    compound = undefined;
  };
  token.lastIndex = 0;
  const text = selector.trim();
  while (token.lastIndex < text.length) {
    const at = token.lastIndex;
    const m = token.exec(text);
    if (!m) throw new Error(`Unsupported selector "${selector}" at "${text.slice(at)}".`);
    const [, child, comma, space, tag, id, className, attribute, operator, v1, v2, v3] = m;
    if (child || space) {
      close();
      combinator = child ? '>' : ' ';
    } else if (comma) {
      close();
      list.push(compounds);
      compounds = [];
      combinator = undefined;
    } else if (tag) {
      current().tag = tag === '*' ? undefined : tag.toLowerCase();
    } else if (id) current().ids.push(id);
    else if (className) current().classes.push(className);
    else if (attribute) {
      current().attributes.push({
        name: attribute.toLowerCase(),
        operator: (operator ?? '') as AttributeTest['operator'],
        value: v1 ?? v2 ?? v3 ?? '',
      });
    }
  }
  close();
  list.push(compounds);
  selectorCache.set(selector, list);
  return list;
}

function attributeMatches(element: Element, test: AttributeTest): boolean {
  const value = element.attrs.find((a) => a.name === test.name)?.value;
  if (value === undefined) return false;
  switch (test.operator) {
    case '':
      return true;
    case '=':
      return value === test.value;
    case '^=':
      return value.startsWith(test.value);
    case '$=':
      return value.endsWith(test.value);
    case '*=':
      return value.includes(test.value);
    case '~=':
      return value.split(/\s+/).includes(test.value);
  }
}

function compoundMatches(element: Element, { tag, ids, classes, attributes }: Compound): boolean {
  // SVG's tag names are camel case (`clipPath`); selectors match them in any case, as in HTML documents.
  if (tag && element.tagName !== tag && element.tagName.toLowerCase() !== tag) return false;
  if (ids.length && !ids.every((id) => attributeMatches(element, { name: 'id', operator: '=', value: id })))
    return false;
  if (classes.length && !classes.every((c) => attributeMatches(element, { name: 'class', operator: '~=', value: c })))
    return false;
  return attributes.every((test) => attributeMatches(element, test));
}

/** Does `element` match the complex selector from its `index`-th compound (counted from the right) on? */
function matches(element: Element, selector: ComplexSelector, index = 0): boolean {
  const step = selector[index]!;
  if (!compoundMatches(element, step.compound)) return false;
  if (index === selector.length - 1) return true;
  let ancestor = element.parentNode;
  while (ancestor && isElement(ancestor)) {
    if (matches(ancestor, selector, index + 1)) return true;
    if (step.combinator === '>') return false;
    ancestor = ancestor.parentNode;
  }
  return false;
}

function firstDescendant(root: ParentNode, selectors: ComplexSelector[]): HtmlElement | undefined {
  for (const child of root.childNodes) {
    if (!isElement(child)) continue;
    if (selectors.some((s) => matches(child, s))) return new HtmlElement(child);
    const found = firstDescendant(child, selectors);
    if (found) return found;
  }
  return undefined;
}

function descendants(root: ParentNode, selectors: ComplexSelector[]): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (!isElement(child)) continue;
      if (selectors.some((s) => matches(child, s))) found.push(new HtmlElement(child));
      walk(child);
    }
  };
  walk(root);
  return found;
}
