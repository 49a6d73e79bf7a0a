/**
 * Which words of Pagefind's index go into which chunk, and the range each chunk answers for: a pure
 * function of the sorted word list, so it is unit-tested without files (tests/unit/searchIndexChunkPlan.test.ts).
 * Reading and writing the chunks is `searchIndexChunks.ts`; the bytes are `pagefindCodec.ts`.
 *
 * Where to cut: between words that share as few leading characters as possible (see `chooseCuts`).
 * Pagefind looks a search term up in the one chunk whose range holds it, so a prefix such as "ausbil"
 * would miss the words past a cut that falls inside "ausbildung…". Our cuts never split a run of words
 * sharing four or more characters, mostly not even two, so a word the reader is still typing finds all
 * its completions (Pagefind's own cuts do not promise that).
 */
import { encodeCbor, type Cbor } from './pagefindCodec.ts';

/** Raw CBOR bytes a chunk aims for; gzip makes that 5–9 KB. */
export const targetChunkBytes = 16_000;

/** One word of Pagefind's index: the word, the pages it is on (with positions), its variants. */
export type IndexWord = [word: string, pages: Cbor, variants: Cbor];

/** One planned chunk: the terms it answers for (`from ≤ term ≤ to`) and the words it holds. */
export interface PlannedChunk {
  from: string;
  to: string;
  words: IndexWord[];
}

/** Rust orders `String`s by their UTF-8 bytes; the search compares terms the same way. */
const byUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

/** Leading characters (code points) two words share. */
export function sharedPrefixLength(a: string, b: string): number {
  const [x, y] = [Array.from(a), Array.from(b)];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * Cuts a sorted word list into runs of about `target` bytes (`sizes` gives
 * each word's), choosing among the gaps past 60 % of the target the one whose
 * neighbours share the fewest leading characters. A run may grow past the
 * target to find a gap sharing ≤ 1 character, up to 1.5× (then ≤ 2) and 2×
 * (then ≤ 3). Returns the index of the first word of every run after the first.
 */
export function chooseCuts(words: string[], sizes: number[], target: number): number[] {
  const cuts: number[] = [];
  let runBytes = 0;
  let best: { at: number; shared: number; bytesBefore: number } | undefined;
  for (let i = 1; i < words.length; i++) {
    runBytes += sizes[i - 1]!;
    if (runBytes < target * 0.6) continue;
    const shared = sharedPrefixLength(words[i - 1]!, words[i]!);
    if (shared <= 3 && (!best || shared <= best.shared)) best = { at: i, shared, bytesBefore: runBytes };
    const allowedShared = runBytes < target ? -1 : runBytes < target * 1.5 ? 1 : runBytes < target * 2 ? 2 : 3;
    if (best && best.shared <= allowedShared) {
      cuts.push(best.at);
      runBytes -= best.bytesBefore;
      best = undefined;
    }
  }
  return cuts;
}

/**
 * The range a chunk answers for. Pagefind loads, for each search term, the
 * chunk with `from ≤ term ≤ to`; its own ranges leave gaps between chunks
 * (a term falling there loads nothing unless every term does). Ours touch:
 * a chunk ends at the first `shared + 1` characters of its last word followed
 * by the highest character, the next begins just above that, so every term
 * belongs to exactly one chunk – the one holding all words that start with its
 * first `shared + 1` characters (the stem of a typed word included).
 */
export function chunkRanges(runs: string[][]): [string, string][] {
  const highest = String.fromCodePoint(0x10ffff);
  const ends = runs.map((run, i) => {
    const next = runs[i + 1]?.[0];
    if (next === undefined) return highest;
    const last = run.at(-1)!;
    return (
      Array.from(last)
        .slice(0, sharedPrefixLength(last, next) + 1)
        .join('') + highest
    );
  });
  return runs.map((_, i) => [i === 0 ? '' : `${ends[i - 1]}\u0000`, ends[i]!]);
}

/**
 * Cuts one language's index (its words in Pagefind's order) into chunks of about `target` raw CBOR bytes.
 * Throws when the words are not in UTF-8 byte order: the ranges would then send terms to the wrong chunk.
 *
 * @example planChunks(words, 16_000) // [{ from: '', to: 'au\u{10FFFF}', words: [...] }, { from: 'au\u{10FFFF}\0', ... }]
 */
export function planChunks(words: IndexWord[], target = targetChunkBytes): PlannedChunk[] {
  const names = words.map(([word]) => word);
  names.forEach((word, i) => {
    if (i > 0 && byUtf8(names[i - 1]!, word) >= 0) throw new Error(`the index is not in word order at "${word}"`);
  });
  const cuts = chooseCuts(
    names,
    words.map((word) => encodeCbor(word).length),
    target,
  );
  const runs = [0, ...cuts].map((start, i) => words.slice(start, cuts[i] ?? words.length));
  const ranges = chunkRanges(runs.map((run) => run.map(([word]) => word)));
  return runs.map((run, i) => ({ from: ranges[i]![0], to: ranges[i]![1], words: run }));
}
