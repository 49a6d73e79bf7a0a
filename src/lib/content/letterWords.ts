/**
 * "Words from my letter": finds the glossary words in German text a reader
 * pasted and says, for each, which words of the text it explains. Runs in the
 * reader's browser (the text never leaves the device), on the same matcher that
 * links glossary words in the guide. Pure, so it is unit-tested.
 */
import { createTermMatcher } from './glossaryMatcher.ts';

/** One glossary word as the letter box gets it: the JSON file of the reader's language, built with the site. */
export interface LetterWord {
  slug: string;
  /** The German word as printed in letters. */
  term: string;
  /** Its other German forms (plural, abbreviation, long form). */
  aliases: readonly string[];
  /** The word in the reader's language (not on German pages). */
  translation?: string;
  /** What it means, in one or two plain sentences. */
  description: string;
  /** The glossary entry in the reader's language. */
  href: string;
  /** Set when the entry is not translated yet and the explanation is the German text. */
  lang?: 'de';
}

/** A piece of the pasted text, in order: a glossary word (`slug`) or the text between. */
export interface LetterPart {
  text: string;
  slug?: string;
}

/** A glossary word found in the text, once, with the forms the text uses (in order, each once). */
export interface FoundWord {
  word: LetterWord;
  forms: string[];
}

export interface LetterReading {
  /** The whole text, cut where glossary words are: joined, the parts give the text back unchanged. */
  parts: LetterPart[];
  /** Each glossary word once, in the order the text first uses it. */
  found: FoundWord[];
}

/** A hyphen at a line end with a small letter on the next line: one word, hyphenated. */
const lineEndHyphen = /^-[^\S\n]*\r?\n\s*(?=\p{Ll})/u;

/**
 * The text as the matcher should see it, with a map back to the original: text
 * pasted from a PDF or a photo keeps the lines of the letter, so a word may be
 * hyphenated at a line end („Ausbildungs-⏎vertrag“), hold a soft hyphen, or a
 * two-word term may break across lines („duale⏎Ausbildung“).
 */
export function normalizeLetterText(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\u00ad') continue;
    // A word hyphenated at a line end: a letter, "-", the line break, a small letter goes on.
    const hyphenated = char === '-' && i > 0 && /\p{L}/u.test(text[i - 1]!) && lineEndHyphen.exec(text.slice(i, i + 40));
    if (hyphenated) {
      i += hyphenated[0].length - 1;
      continue;
    }
    if (/\s/.test(char)) {
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else out += char;
    origin.push(i);
  }
  return { text: out, origin };
}

/**
 * A reader of pasted text over the glossary words of one language.
 *
 * @example createLetterReader(words)('Ihr Ausbildungsvertrag liegt bei.').found.map((f) => f.word.term)
 * // ['Ausbildungsvertrag']
 */
export function createLetterReader(words: readonly LetterWord[]): (text: string) => LetterReading {
  const bySlug = new Map(words.map((word) => [word.slug, word]));
  const match = createTermMatcher(words.map((word) => ({ slug: word.slug, forms: [word.term, ...word.aliases] })));
  return (text) => {
    const normalized = normalizeLetterText(text);
    const parts: LetterPart[] = [];
    const found = new Map<string, FoundWord>();
    let last = 0;
    for (const hit of match(normalized.text)) {
      const start = normalized.origin[hit.index]!;
      const end = normalized.origin[hit.index + hit.text.length - 1]! + 1;
      if (start > last) parts.push({ text: text.slice(last, start) });
      parts.push({ text: text.slice(start, end), slug: hit.slug });
      last = end;
      const entry = found.get(hit.slug) ?? { word: bySlug.get(hit.slug)!, forms: [] };
      if (!entry.forms.includes(hit.text)) entry.forms.push(hit.text);
      found.set(hit.slug, entry);
    }
    if (last < text.length) parts.push({ text: text.slice(last) });
    return { parts, found: [...found.values()] };
  };
}
