import { describe, expect, it } from 'vitest';
import { encodeCbor } from '../../src/integrations/pagefindCodec.ts';
import {
  chooseCuts,
  chunkRanges,
  planChunks,
  sharedPrefixLength,
  type IndexWord,
} from '../../src/integrations/searchIndexChunkPlan.ts';

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

describe("planning the chunks of one language's index", () => {
  // Index words as Pagefind writes them: the word, its pages with positions (negative: weighted), no variants.
  const index: IndexWord[] = vocabulary().map((word, i) => [word, [[i % 7, [i, -25, i + 3]]], []]);
  const target = 400;
  const plan = planChunks(index, target);
  const bytes = (words: IndexWord[]) => words.reduce((sum, word) => sum + encodeCbor(word).length, 0);

  it("puts every word of the index into exactly one chunk, in the index's order", () => {
    expect(plan.length).toBeGreaterThan(5);
    expect(plan.flatMap((chunk) => chunk.words)).toEqual(index);
  });

  it('fills every chunk but the last to at least 60 % of the target, counting encoded CBOR bytes', () => {
    for (const chunk of plan.slice(0, -1)) expect(bytes(chunk.words)).toBeGreaterThanOrEqual(target * 0.6);
    expect(bytes(plan.at(-1)!.words)).toBeGreaterThan(0);
  });

  it('gives each chunk a range holding its own words, the ranges together covering every term', () => {
    const ranges = plan.map((chunk): [string, string] => [chunk.from, chunk.to]);
    expect(ranges[0]![0]).toBe('');
    expect(ranges.at(-1)![1]).toBe(String.fromCodePoint(0x10ffff));
    for (const [i, chunk] of plan.entries())
      for (const [word] of chunk.words) expect(chunkFor(word, ranges), word).toBe(i);
    for (const [i, chunk] of plan.slice(1).entries()) expect(chunk.from).toBe(`${plan[i]!.to}\u0000`);
  });

  it('plans one chunk covering every term for an index under the target, even an empty one', () => {
    expect(planChunks(index, 1e9)).toEqual([{ from: '', to: String.fromCodePoint(0x10ffff), words: index }]);
    expect(planChunks([], target)).toEqual([{ from: '', to: String.fromCodePoint(0x10ffff), words: [] }]);
  });

  it('refuses words out of UTF-8 byte order, where ranges would send terms to the wrong chunk', () => {
    // 'z' (0x7A) sorts before 'ä' (0xC3 0xA4) in UTF-8, though after it in German collation.
    expect(() =>
      planChunks(
        [
          ['ä', [], []],
          ['z', [], []],
        ],
        target,
      ),
    ).toThrow(/not in word order at "z"/);
    expect(() =>
      planChunks(
        [
          ['ab', [], []],
          ['ab', [], []],
        ],
        target,
      ),
    ).toThrow(/not in word order/);
    expect(
      planChunks(
        [
          ['z', [], []],
          ['ä', [], []],
        ],
        target,
      ),
    ).toHaveLength(1);
  });
});
