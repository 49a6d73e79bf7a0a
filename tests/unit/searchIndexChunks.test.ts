import { describe, expect, it } from 'vitest';
import {
  chooseCuts,
  chunkRanges,
  decodeCbor,
  encodeCbor,
  sharedPrefixLength,
} from '../../src/integrations/searchIndexChunks.ts';

/** Which chunk Pagefind loads for a term: the first with from ≤ term ≤ to, compared as UTF-8 bytes (Rust). */
function chunkFor(term: string, ranges: [string, string][]): number {
  const bytes = (s: string) => Buffer.from(s, 'utf8');
  return ranges.findIndex(
    ([from, to]) => Buffer.compare(bytes(term), bytes(from)) >= 0 && Buffer.compare(bytes(term), bytes(to)) <= 0,
  );
}

const byUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** A deterministic vocabulary in the site's scripts, sorted as Pagefind sorts it. */
function vocabulary(): string[] {
  const stems = ['ausbild', 'berufs', 'schul', 'prufung', 'навчанн', 'профорієнт', 'تدريب', 'مهن', 'вакан', 'agentur'];
  const endings = ['', 'ung', 'en', 'svertrag', 'sschule', 'ам', 'і', 'ة', 'ات', 'er', 'zeugnis', 'я'];
  const words = new Set<string>();
  for (const [i, stem] of stems.entries())
    for (const [j, ending] of endings.entries()) {
      words.add(stem + ending);
      words.add(String.fromCharCode(97 + ((i * 7 + j) % 26)) + stem.slice(1) + ending);
    }
  return [...words].sort(byUtf8);
}

describe('Pagefind file format (CBOR)', () => {
  it('encodes and decodes integers, negative locations, text and nested arrays losslessly', () => {
    const value = [
      '1.6.0',
      [
        [
          'ausbildung',
          [
            [0, [-25, 62], []],
            [300, [70000, -169], [-3, 10]],
          ],
          [],
        ],
      ],
      'تدريب',
      2 ** 33,
    ];
    const bytes = encodeCbor(value);
    expect(decodeCbor(bytes)).toEqual(value);
    expect(encodeCbor(decodeCbor(bytes)).equals(bytes)).toBe(true);
    // Shortest heads, as Pagefind writes them: 23 fits in the head, 24 takes one more byte.
    expect([...encodeCbor(23)]).toEqual([0x17]);
    expect([...encodeCbor(24)]).toEqual([0x18, 24]);
    expect([...encodeCbor(-25)]).toEqual([0x38, 24]);
  });

  it('refuses what Pagefind does not write, instead of guessing', () => {
    expect(() => decodeCbor(Uint8Array.from([0xa1, 0x01, 0x02]))).toThrow(/major type 5/);
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/1 bytes after/);
    expect(() => encodeCbor(1.5)).toThrow(/not an integer/);
  });
});

describe('cutting the word index into chunks', () => {
  const words = vocabulary();
  const sizes = words.map((w) => Buffer.byteLength(w) + 40);
  const cuts = chooseCuts(words, sizes, 600);
  const runs = [0, ...cuts].map((start, i) => words.slice(start, cuts[i] ?? words.length));
  const ranges = chunkRanges(runs);

  it('makes several chunks near the target size', () => {
    expect(runs.length).toBeGreaterThan(5);
    for (const run of runs.slice(0, -1)) {
      const bytes = run.reduce((sum, w) => sum + Buffer.byteLength(w) + 40, 0);
      expect(bytes).toBeGreaterThanOrEqual(600 * 0.6);
      expect(bytes).toBeLessThan(600 * 2.5);
    }
  });

  it('never cuts between words that share two or more leading characters when a better gap is near', () => {
    for (const cut of cuts) expect(sharedPrefixLength(words[cut - 1]!, words[cut]!)).toBeLessThanOrEqual(1);
  });

  it('sends every indexed word to the chunk that holds it', () => {
    for (const [i, run] of runs.entries()) for (const word of run) expect(chunkFor(word, ranges), word).toBe(i);
  });

  it('sends every prefix of two or more characters, and every longer form of a word, to the chunk with all its words', () => {
    for (const word of words) {
      const chars = Array.from(word);
      for (let n = 2; n <= chars.length; n++) {
        const prefix = chars.slice(0, n).join('');
        const holding = new Set(runs.flatMap((run, i) => (run.some((w) => w.startsWith(prefix)) ? [i] : [])));
        expect(holding.size, prefix).toBe(1);
        expect(chunkFor(prefix, ranges), prefix).toBe([...holding][0]);
      }
      // A reader types an inflected form; Pagefind stems it back to the indexed word.
      expect(chunkFor(word + 'ungen', ranges)).toBe(chunkFor(word, ranges));
    }
  });

  it('leaves no term without a chunk, even one between two chunks or outside all words', () => {
    for (const term of ['', '0', 'zzzz', 'ё', '\u{10FFFE}', words[0]!.slice(0, 1) + '\u0000'])
      expect(chunkFor(term, ranges), term).toBeGreaterThanOrEqual(0);
  });

  it('makes a single chunk when everything fits', () => {
    expect(chooseCuts(words, sizes, 1e9)).toEqual([]);
    expect(chunkRanges([words])).toEqual([['', String.fromCodePoint(0x10ffff)]]);
  });
});
