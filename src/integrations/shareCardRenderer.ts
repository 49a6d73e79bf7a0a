/**
 * Draws link-preview cards (1200×630 PNG) with resvg and the Noto fonts from
 * npm – no browser, no network. Arabic: resvg shapes and orders right-to-left
 * text as Chromium does when the text is anchored at its end and has no
 * `direction` attribute (STACK-FACTS); `tests/e2e/share-images.spec.ts`
 * compares the two.
 */
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import { shareImageSize, type ShareCard } from '../lib/sharing/shareImage.ts';

/** Bump when the card's design changes: every cached image is drawn again. */
export const designVersion = 2;

const require = createRequire(import.meta.url);
export const shareImageFonts = [
  '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
].map((font) => require.resolve(font));

const colors = { background: '#0b3d6b', accent: '#ffc933', text: '#ffffff', onAccent: '#06213b' };
const margin = 80;
const textWidth = shareImageSize.width - 2 * margin;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const fontFamily = (card: Pick<ShareCard, 'dir'>) =>
  card.dir === 'rtl' ? "'Noto Sans Arabic', 'Noto Sans'" : "'Noto Sans', 'Noto Sans Arabic'";

interface TextLine {
  text: string;
  /** Text in the card's language; Latin-only lines (campaign name, address) keep their own direction. */
  languageText?: boolean;
  y: number;
  size: number;
  weight: 400 | 700;
  fill: string;
}

/** A `<text>` anchored at the reading start: the left edge, or the right edge in right-to-left. */
function textElement(line: TextLine, dir: ShareCard['dir']): string {
  const [x, anchor] = dir === 'rtl' ? [shareImageSize.width - margin, 'end'] : [margin, 'start'];
  // resvg takes a line's direction from its first strong letter: an Arabic line that starts with
  // "(Ausbildung)" would be laid out left to right. An explicit embedding (RLE … PDF) fixes the base.
  const text = dir === 'rtl' && line.languageText ? `\u202B${line.text}\u202C` : line.text;
  return `<text x="${x}" y="${line.y}" text-anchor="${anchor}" font-family="${fontFamily({ dir })}" font-size="${line.size}" font-weight="${line.weight}" fill="${line.fill}">${escapeXml(text)}</text>`;
}

const svgDocument = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${shareImageSize.width}" height="${shareImageSize.height}" viewBox="0 0 ${shareImageSize.width} ${shareImageSize.height}">${body}</svg>`;

const renderOptions = {
  font: { fontFiles: shareImageFonts, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
};

/** The drawn width of a text, measured with the real fonts (SVG text does not wrap by itself). */
function measureText(text: string, size: number, weight: 400 | 700, dir: ShareCard['dir']): number {
  const svg = svgDocument(
    textElement({ text, y: shareImageSize.height / 2, size, weight, fill: '#000', languageText: true }, dir),
  );
  return new Resvg(svg, renderOptions).getBBox()?.width ?? 0;
}

/**
 * Word widths, measured once per build: titles share most of their words, and every
 * measurement loads the fonts again (native memory the garbage collector sees late –
 * measuring whole lines for thousands of cards took gigabytes).
 */
const wordWidths = new Map<string, number>();
function measureWord(word: string, size: number, weight: 400 | 700, dir: ShareCard['dir']): number {
  const key = `${size}|${weight}|${dir}|${word}`;
  let width = wordWidths.get(key);
  if (width === undefined) {
    // A space's advance has no ink; measured as the difference it makes between two letters.
    width =
      word === ' '
        ? measureText('x x', size, weight, dir) - measureText('xx', size, weight, dir)
        : measureText(word, size, weight, dir);
    wordWidths.set(key, width);
  }
  return width;
}

/** A line's width as its words' widths plus the spaces between them (shaping happens within words). */
function measure(line: string, size: number, weight: 400 | 700, dir: ShareCard['dir']): number {
  const words = line.split(' ');
  return (
    words.reduce((sum, word) => sum + measureWord(word, size, weight, dir), 0) +
    (words.length - 1) * measureWord(' ', size, weight, dir)
  );
}

/** Greedy line breaking at spaces; a last line that does not fit ends with "…". */
export function wrapText(
  text: string,
  size: number,
  weight: 400 | 700,
  dir: ShareCard['dir'],
  maxLines: number,
): { lines: string[]; complete: boolean } {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (!current || measure(candidate, size, weight, dir) <= textWidth) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines && lines.every((line) => measure(line, size, weight, dir) <= textWidth)) {
    return { lines, complete: true };
  }
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last && measure(`${last} …`, size, weight, dir) > textWidth) last = last.split(' ').slice(0, -1).join(' ');
  kept[maxLines - 1] = `${last} …`;
  return { lines: kept, complete: false };
}

/** The card as SVG: campaign name and tagline, the title (up to four lines), the detail, the address. */
export function shareCardSvg(card: ShareCard): string {
  // The largest title size that fits in three lines; long titles get a fourth line in a smaller size.
  const layouts = [
    { size: 72, maxLines: 3 },
    { size: 60, maxLines: 3 },
    { size: 52, maxLines: 4 },
  ];
  let title = { ...wrapText(card.title, 52, 700, card.dir, 4), size: 52 };
  for (const layout of layouts) {
    const wrapped = wrapText(card.title, layout.size, 700, card.dir, layout.maxLines);
    if (wrapped.complete) {
      title = { ...wrapped, size: layout.size };
      break;
    }
  }
  const lineHeight = Math.round(title.size * 1.25);
  const detailSize = 40;
  const blockHeight = title.lines.length * lineHeight + (card.detail ? detailSize * 1.6 : 0);
  // The title block sits in the space between the tagline (ends ~190) and the band (starts 540).
  let y = Math.round(190 + (350 - blockHeight) / 2 + title.size);
  const lines: TextLine[] = [
    { text: 'Sachsen-Anhalt will dich', y: 112, size: 40, weight: 700, fill: colors.accent },
    { text: card.kicker, y: 162, size: 30, weight: 400, fill: colors.text, languageText: true },
  ];
  for (const text of title.lines) {
    lines.push({ text, y, size: title.size, weight: 700, fill: colors.text, languageText: true });
    y += lineHeight;
  }
  if (card.detail) {
    const detail = wrapText(card.detail, detailSize, 700, card.dir, 1).lines[0] ?? card.detail;
    lines.push({
      text: detail,
      y: y + Math.round(detailSize * 0.4),
      size: detailSize,
      weight: 700,
      fill: colors.accent,
      languageText: true,
    });
  }
  const band = `<rect y="540" width="${shareImageSize.width}" height="90" fill="${colors.accent}"/>`;
  const address = textElement(
    { text: card.address, y: 598, size: 32, weight: 700, fill: colors.onAccent },
    // The address is Latin and read left to right, but sits at the reading start like the rest.
    card.dir,
  );
  return svgDocument(
    `<rect width="${shareImageSize.width}" height="${shareImageSize.height}" fill="${colors.background}"/>${band}${lines
      .map((line) => textElement(line, card.dir))
      .join('')}${address}`,
  );
}

/**
 * One line of card text, black on white, drawn exactly as on a card – for
 * comparing with a browser's rendering of the same text.
 *
 * @param asLanguageText false draws it without the right-to-left embedding (the known wrong way, for a control)
 */
export function renderTextLine(text: string, dir: ShareCard['dir'], size: number, asLanguageText = true): Buffer {
  const line = textElement({ text, y: 300, size, weight: 700, fill: '#000', languageText: asLanguageText }, dir);
  const background = `<rect width="${shareImageSize.width}" height="${shareImageSize.height}" fill="#fff"/>`;
  return new Resvg(svgDocument(background + line), renderOptions).render().asPng();
}
