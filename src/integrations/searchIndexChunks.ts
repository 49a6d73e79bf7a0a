/**
 * Splits Pagefind's word index into smaller chunks after Pagefind has written
 * it, so that a first search downloads only the slice of the index that holds
 * the reader's word.
 *
 * Why: Pagefind cuts its index every 20,000 word positions (not configurable),
 * which makes a chunk about 30 KB gzip on this site – a third of the whole
 * first-search budget (100 KB), most of it words the reader did not type.
 * Cutting at about 16 KB raw (5–9 KB gzip) brings a first search under the
 * budget without touching what is indexed or how results rank.
 *
 * Where to cut: between words that share as few leading characters as
 * possible (see `chooseCuts`). Pagefind looks a search term up in the one
 * chunk whose range holds it, so a prefix such as "ausbil" would miss the
 * words past a cut that falls inside "ausbildung…". Our cuts never split a
 * run of words sharing four or more characters, mostly not even two, so a
 * word the reader is still typing finds all its completions (Pagefind's own
 * cuts do not promise that).
 *
 * This module owns Pagefind's on-disk format (gzip of `pagefind_dcd` + CBOR);
 * it knows the format of the versions in `knownPagefindVersions` and refuses
 * any other, so an upgrade cannot silently break search.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Pagefind versions whose index format this splitter was checked against: a byte-exact CBOR round
 * trip of every file, and identical results from the cut and uncut index
 * (tests/e2e/search-index-chunks.spec.ts).
 */
export const knownPagefindVersions = ['1.6.0'];

/** Raw CBOR bytes a chunk aims for; gzip makes that 5–9 KB. */
export const targetChunkBytes = 16_000;

const signature = Buffer.from('pagefind_dcd');

/** The CBOR values Pagefind's index uses: unsigned and negative integers, text, arrays. */
export type Cbor = number | string | Cbor[];

/** Decodes one CBOR item that uses only integers, text strings and definite arrays. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return view.getUint8(at++);
    if (info === 25) return ((at += 2), view.getUint16(at - 2));
    if (info === 26) return ((at += 4), view.getUint32(at - 4));
    if (info === 27) return ((at += 8), Number(view.getBigUint64(at - 8)));
    throw new Error(`CBOR: unsupported length encoding ${info} at byte ${at}`);
  };
  const item = (): Cbor => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const info = head & 31;
    if (major === 0) return argument(info);
    if (major === 1) return -1 - argument(info);
    if (major === 3) {
      const length = argument(info);
      at += length;
      return text.decode(bytes.subarray(at - length, at));
    }
    if (major === 4) return Array.from({ length: argument(info) }, item);
    throw new Error(`CBOR: unexpected major type ${major} at byte ${at - 1}`);
  };
  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes after the value`);
  return value;
}

/** Encodes like Pagefind's encoder (minicbor): shortest heads, definite lengths. */
export function encodeCbor(value: Cbor): Buffer {
  const parts: Buffer[] = [];
  const head = (major: number, n: number) => {
    const m = major << 5;
    if (n < 24) parts.push(Buffer.from([m | n]));
    else if (n < 0x100) parts.push(Buffer.from([m | 24, n]));
    else if (n < 0x10000) parts.push(Buffer.from([m | 25, n >> 8, n & 0xff]));
    else if (n < 0x1_0000_0000) {
      const b = Buffer.alloc(5);
      b[0] = m | 26;
      b.writeUInt32BE(n, 1);
      parts.push(b);
    } else {
      const b = Buffer.alloc(9);
      b[0] = m | 27;
      b.writeBigUInt64BE(BigInt(n), 1);
      parts.push(b);
    }
  };
  const item = (v: Cbor) => {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new Error(`CBOR: ${v} is not an integer`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const utf8 = Buffer.from(v, 'utf8');
      head(3, utf8.length);
      parts.push(utf8);
    } else {
      head(4, v.length);
      v.forEach(item);
    }
  };
  item(value);
  return Buffer.concat(parts);
}

/** Reads a Pagefind data file (`.pf_meta`, `.pf_index`): gzip of the signature and CBOR. */
export function readPagefindFile(path: string): Cbor {
  const raw = gunzipSync(readFileSync(path));
  if (!raw.subarray(0, signature.length).equals(signature))
    throw new Error(`${path}: not a Pagefind data file (no "pagefind_dcd" signature)`);
  return decodeCbor(raw.subarray(signature.length));
}

function pagefindFileBytes(value: Cbor): Buffer {
  return gzipSync(Buffer.concat([signature, encodeCbor(value)]), { level: 9 });
}

const contentHash = (bytes: Buffer, length: number) =>
  createHash('sha256').update(bytes).digest('hex').slice(0, length);

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

type Entry = { version: string; languages: Record<string, { hash: string; wasm: string | null; page_count: number }> };

/**
 * Rewrites every language's word index in `bundleDir` (Pagefind's output
 * folder) as chunks of about `target` raw bytes, and its metadata to match.
 * Returns the chunk count and largest chunk (gzip bytes) per language.
 */
export function splitIndexChunks(
  bundleDir: string,
  target = targetChunkBytes,
): Record<string, { chunks: number; largestGzip: number }> {
  const entryPath = join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryPath, 'utf8')) as Entry;
  if (!knownPagefindVersions.includes(entry.version))
    throw new Error(
      `Pagefind ${entry.version} is not a version whose index format src/integrations/searchIndexChunks.ts knows ` +
        `(${knownPagefindVersions.join(', ')}). Check the format (tests/e2e/search-index-chunks.spec.ts) and add the version, ` +
        `or pin Pagefind to a known one.`,
    );
  const report: Record<string, { chunks: number; largestGzip: number }> = {};
  for (const [lang, language] of Object.entries(entry.languages)) {
    const metaPath = join(bundleDir, `pagefind.${language.hash}.pf_meta`);
    const meta = readPagefindFile(metaPath);
    // Meta: [version, pages, index chunks [from, to, hash][], filter chunks, sorts, meta fields].
    if (!Array.isArray(meta) || meta[0] !== entry.version || !Array.isArray(meta[2]))
      throw new Error(`${metaPath}: unexpected layout for Pagefind ${entry.version}`);
    const oldChunks = meta[2] as [string, string, string][];
    const oldPaths = oldChunks.map(([, , hash]) => join(bundleDir, 'index', `${hash}.pf_index`));
    // A chunk: [[word, pages, variants][]]; the words of all chunks in order form one sorted list.
    const words = oldPaths.flatMap((path) => {
      const chunk = readPagefindFile(path);
      if (!Array.isArray(chunk) || chunk.length !== 1 || !Array.isArray(chunk[0]))
        throw new Error(`${path}: unexpected layout for Pagefind ${entry.version}`);
      return chunk[0] as [string, Cbor, Cbor][];
    });
    const names = words.map(([word]) => word);
    names.forEach((word, i) => {
      if (i > 0 && byUtf8(names[i - 1]!, word) >= 0)
        throw new Error(`Pagefind's ${lang} index is not in word order at "${word}"`);
    });
    const cuts = chooseCuts(
      names,
      words.map((word) => encodeCbor(word).length),
      target,
    );
    const runs = [0, ...cuts].map((start, i) => words.slice(start, cuts[i] ?? words.length));

    const ranges = chunkRanges(runs.map((run) => run.map(([word]) => word)));
    const newChunks: [string, string, string][] = [];
    let largestGzip = 0;
    for (const [i, run] of runs.entries()) {
      const bytes = pagefindFileBytes([run]);
      largestGzip = Math.max(largestGzip, bytes.length);
      const hash = `${lang}_${contentHash(bytes, 7)}`;
      writeFileSync(join(bundleDir, 'index', `${hash}.pf_index`), bytes);
      newChunks.push([...ranges[i]!, hash]);
    }
    const newHashes = new Set(newChunks.map(([, , hash]) => hash));
    for (const [i, path] of oldPaths.entries()) if (!newHashes.has(oldChunks[i]![2])) rmSync(path);

    meta[2] = newChunks;
    const metaBytes = pagefindFileBytes(meta);
    const metaHash = `${lang}_${contentHash(metaBytes, 10)}`;
    rmSync(metaPath);
    writeFileSync(join(bundleDir, `pagefind.${metaHash}.pf_meta`), metaBytes);
    language.hash = metaHash;
    report[lang] = { chunks: newChunks.length, largestGzip };
  }
  writeFileSync(entryPath, JSON.stringify(entry));
  return report;
}
