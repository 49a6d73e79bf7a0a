/**
 * A plain-language check on German source texts: sentence length and long
 * words. Not a formula with a grade, but the two things that make German
 * hard for readers who are still learning it, with the worst passages named.
 * Pure and free of Astro, so the script runs it in plain Node. Hand-written:
 * readability libraries compute a grade (e.g. Flesch), not the passages an
 * editor should shorten.
 */

/** Abbreviations whose dot does not end a sentence. */
const abbreviations = [
  'z. B.',
  'z.B.',
  'd. h.',
  'u. a.',
  'e. V.',
  'bzw.',
  'ca.',
  'Abs.',
  'Nr.',
  'Art.',
  'ggf.',
  'evtl.',
  'usw.',
  'S.',
  'vgl.',
  'inkl.',
  'max.',
  'min.',
  'Std.',
  'Mio.',
  'St.',
];

/**
 * The prose of a Markdown file as sentences: front matter, headings, links'
 * targets, emphasis and list markers removed; list items and paragraphs end
 * a sentence too.
 *
 * @example sentencesOf('---\ntitle: x\n---\n## Frage?\n\nEin Satz. Noch [einer](/x/).') // ['Ein Satz.', 'Noch einer.']
 */
export function sentencesOf(markdown: string): string[] {
  const body = markdown
    .replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')
    .replace(/```[\s\S]*?```/g, '')
    .replace(/^#{1,6} .*$/gm, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '');
  const blocks = body
    .split(/\r?\n\s*\r?\n|\r?\n(?=\s*(?:[-*+]|\d+\.)\s)/)
    .map((block) =>
      block
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  const sentences: string[] = [];
  for (let block of blocks) {
    abbreviations.forEach((abbr, i) => (block = block.split(abbr).join(`\u0000${i}\u0000`)));
    for (const part of block.split(/(?<=[.!?:;])\s+(?=[„"(]?[A-ZÄÖÜ0-9])/)) {
      const restored = part.replace(/\u0000(\d+)\u0000/g, (_, i: string) => abbreviations[Number(i)]!);
      if (/[\p{L}]/u.test(restored)) sentences.push(restored);
    }
  }
  return sentences;
}

/** Words as readers see them: runs of letters or digits (a number counts as a word). */
export function wordsOf(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}][\p{L}\p{N}\-–'’]*/gu) ?? [];
}

export interface ReadabilityResult {
  sentences: number;
  words: number;
  averageSentenceLength: number;
  /** Sentences over `maxWords`, longest first. */
  longSentences: { words: number; text: string }[];
  /** Words over `maxWordLength` letters (hyphenated words by their longest part), most frequent first. */
  longWords: string[];
}

export interface ReadabilityLimits {
  maxWords: number;
  maxWordLength: number;
}

export function readability(markdown: string, limits: ReadabilityLimits): ReadabilityResult {
  const sentences = sentencesOf(markdown);
  const lengths = sentences.map((s) => wordsOf(s).length);
  const words = lengths.reduce((a, b) => a + b, 0);
  const longWords = new Map<string, number>();
  for (const word of sentences.flatMap(wordsOf)) {
    const longestPart = Math.max(...word.split(/[-–]/).map((part) => part.length));
    if (longestPart > limits.maxWordLength) longWords.set(word, (longWords.get(word) ?? 0) + 1);
  }
  return {
    sentences: sentences.length,
    words,
    averageSentenceLength: sentences.length ? Math.round((words / sentences.length) * 10) / 10 : 0,
    longSentences: sentences
      .map((text, i) => ({ words: lengths[i]!, text }))
      .filter((s) => s.words > limits.maxWords)
      .sort((a, b) => b.words - a.words),
    longWords: [...longWords].sort((a, b) => b[1] - a[1]).map(([word]) => word),
  };
}

/**
 * The limits per kind of text. Guide and parents' texts: the writing brief's
 * "never more than 25 words"; Leichte Sprache: one statement per sentence.
 * Long words are reported, not refused: official terms (Berufsausbildungsbeihilfe)
 * must stay as readers meet them, and are explained in the glossary.
 */
export const readabilityLimits = {
  guides: { maxWords: 25, maxWordLength: 20 },
  pages: { maxWords: 25, maxWordLength: 20 },
  glossary: { maxWords: 25, maxWordLength: 20 },
  'leichte-sprache': { maxWords: 12, maxWordLength: 14 },
} as const satisfies Record<string, ReadabilityLimits>;
