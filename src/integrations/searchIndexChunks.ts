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
 * Three parts: which words go into which chunk (`searchIndexChunkPlan.ts`, pure),
 * the bytes of a Pagefind file (`pagefindCodec.ts`: gzip of `pagefind_dcd` + CBOR),
 * and here the bundle's layout – which files there are, what the metadata holds,
 * how files are named. It knows the layout of the versions in `knownPagefindVersions`
 * and refuses any other, so an upgrade cannot silently break search.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagefindFileBytes, readPagefindFile } from './pagefindCodec.ts';
import { planChunks, targetChunkBytes, type IndexWord } from './searchIndexChunkPlan.ts';

/**
 * Pagefind versions whose index format this splitter was checked against: a byte-exact CBOR round
 * trip of every file, and identical results from the cut and uncut index
 * (tests/e2e/search-index-chunks.spec.ts).
 */
export const knownPagefindVersions = ['1.6.0'];

const contentHash = (bytes: Buffer, length: number) =>
  createHash('sha256').update(bytes).digest('hex').slice(0, length);

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
      return chunk[0] as IndexWord[];
    });
    let plan;
    try {
      plan = planChunks(words, target);
    } catch (error) {
      throw new Error(`Pagefind's ${lang} index: ${(error as Error).message}`, { cause: error });
    }

    const newChunks: [string, string, string][] = [];
    let largestGzip = 0;
    for (const chunk of plan) {
      const bytes = pagefindFileBytes([chunk.words]);
      largestGzip = Math.max(largestGzip, bytes.length);
      const hash = `${lang}_${contentHash(bytes, 7)}`;
      writeFileSync(join(bundleDir, 'index', `${hash}.pf_index`), bytes);
      newChunks.push([chunk.from, chunk.to, hash]);
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
