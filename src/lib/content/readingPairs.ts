/**
 * The reading help's pairs: a translated text and its German original, block beside block –
 * each heading, paragraph and list item with the German one it translates.
 *
 * Translations follow the German text's structure (docs/translation.md), so blocks are paired by
 * their order within each part under a heading. Where the two texts are built differently, the
 * pairing falls back step by step instead of putting the wrong sentences side by side:
 *
 * 1. Parts are cut at every heading; if the two texts do not have the same headings (number and
 *    levels), at the headings of the next higher level only (h2 parts with their h3s inside), up to
 *    one part for the whole text.
 * 2. Within a part, blocks pair in order when both have the same number; a list pairs item by
 *    item when both have the same number of items, else as a whole.
 * 3. A part whose blocks differ in number is shown whole beside the whole German part, and counted
 *    in `wholeParts`, so the page can tell its readers.
 */
import { defaultLocale, type LocaleCode } from '../../core/locales.ts';
import { htmlBlocks, type HtmlBlock } from '../formats/htmlBlocks.ts';
import { isExternal } from './linkLanguage.ts';
import { routes, switchLocalePath } from '../routes.ts';

/** The same piece of text in the reader's language and in German (markup). */
export interface TextPair {
  translated: string;
  german: string;
}

export type ReadingPair =
  /** One block beside its German block – or, where the structure differs, a whole part beside the German part. */
  | ({ kind: 'blocks' } & TextPair)
  /** A list whose items pair one by one: the list's element, its attributes, and each item's inner markup. */
  | { kind: 'list'; tag: 'ul' | 'ol'; attributes: Record<string, string>; items: TextPair[] };

export interface Pairing {
  pairs: ReadingPair[];
  /** Parts shown whole beside each other, because their blocks differ in number; 0 when every block has its pair. */
  wholeParts: number;
}

interface Part {
  heading: HtmlBlock | undefined;
  body: HtmlBlock[];
}

/** Cuts blocks into parts at headings of level `depth` or higher (h1 is the highest); depth 0: one part. */
function partsAt(blocks: readonly HtmlBlock[], depth: number): Part[] {
  const parts: Part[] = [{ heading: undefined, body: [] }];
  for (const block of blocks) {
    if (block.headingLevel !== undefined && block.headingLevel <= depth) parts.push({ heading: block, body: [] });
    else parts.at(-1)!.body.push(block);
  }
  return parts;
}

const headingShape = (parts: readonly Part[]) => parts.map((p) => p.heading?.headingLevel ?? 0).join();

const joined = (blocks: readonly HtmlBlock[]) => blocks.map((b) => b.html).join('\n');

function pairBlock(translated: HtmlBlock, german: HtmlBlock): ReadingPair {
  if (
    (translated.tag === 'ul' || translated.tag === 'ol') &&
    translated.tag === german.tag &&
    translated.items!.length === german.items!.length
  ) {
    return {
      kind: 'list',
      tag: translated.tag,
      attributes: translated.attributes,
      items: translated.items!.map((item, i) => ({ translated: item, german: german.items![i]! })),
    };
  }
  return { kind: 'blocks', translated: translated.html, german: german.html };
}

/**
 * Pairs the blocks of a translation with those of its German original.
 *
 * @example pairBlocks(htmlBlocks('<h2>Why?</h2><p>Because.</p>'), htmlBlocks('<h2>Warum?</h2><p>Darum.</p>')).pairs.length // 2
 */
export function pairBlocks(translated: readonly HtmlBlock[], german: readonly HtmlBlock[]): Pairing {
  let depth = 6;
  let parts = { translated: partsAt(translated, depth), german: partsAt(german, depth) };
  while (depth > 0 && headingShape(parts.translated) !== headingShape(parts.german)) {
    depth -= 1;
    parts = { translated: partsAt(translated, depth), german: partsAt(german, depth) };
  }
  const pairs: ReadingPair[] = [];
  let wholeParts = 0;
  parts.translated.forEach((part, i) => {
    const germanPart = parts.german[i]!;
    if (part.heading && germanPart.heading) pairs.push(pairBlock(part.heading, germanPart.heading));
    if (part.body.length === 0 && germanPart.body.length === 0) return;
    if (part.body.length === germanPart.body.length) {
      part.body.forEach((block, j) => pairs.push(pairBlock(block, germanPart.body[j]!)));
    } else {
      pairs.push({ kind: 'blocks', translated: joined(part.body), german: joined(germanPart.body) });
      wholeParts += 1;
    }
  });
  return { pairs, wholeParts };
}

/**
 * Where a link in the German text leads a reader of `lang`: the site's own pages in the reader's
 * language (every page exists in every language, Leichte Sprache aside); other addresses unchanged.
 *
 * @example readerHref('/de/glossar/kammer/', 'ar') // '/ar/glossar/kammer/'
 * @example readerHref('https://www.bamf.de/', 'ar') // 'https://www.bamf.de/'
 */
export function readerHref(href: string, lang: LocaleCode): string {
  const germanOnly = routes.section(defaultLocale, 'leichte-sprache');
  if (isExternal(href) || !href.startsWith(`/${defaultLocale}/`) || href.startsWith(germanOnly)) return href;
  return switchLocalePath(href, lang);
}

/**
 * The pairs of an entry's rendered text (translation and German original, as the build renders
 * them). The German copy loses its ids (the translation's headings keep theirs) and its links to
 * the site lead to the reader's language.
 */
export function readingPairs(translatedHtml: string, germanHtml: string, lang: LocaleCode): Pairing {
  return pairBlocks(
    htmlBlocks(translatedHtml),
    htmlBlocks(germanHtml, { withoutIds: true, href: (href) => readerHref(href, lang) }),
  );
}

/**
 * Pairs two lists of plain strings (a station's questions) item by item when they have the same
 * length; otherwise there is nothing to pair one by one (undefined), and both lists are shown whole.
 */
export function pairItems(translated: readonly string[], german: readonly string[]): TextPair[] | undefined {
  if (translated.length !== german.length) return undefined;
  return translated.map((item, i) => ({ translated: item, german: german[i]! }));
}
