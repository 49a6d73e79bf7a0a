#!/usr/bin/env node
/**
 * Plain language in the German source: for every German guide, page, glossary
 * entry and Leichte Sprache page, the average sentence length, the sentences
 * over the limit (worst first) and the long words. Exit 1 when a guide or
 * Leichte Sprache sentence is over its limit; the rest is reported.
 *
 * Usage: node scripts/check-readability.ts [content-dir] [--worst=N]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readability, readabilityLimits } from '../src/lib/content/readability.ts';

const args = process.argv.slice(2);
const contentDir = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'content');
const worst = Number(args.find((arg) => arg.startsWith('--worst='))?.split('=')[1] ?? 5);
/** Where a sentence over the limit fails the check; elsewhere it is reported. */
const enforced = new Set(['guides', 'leichte-sprache']);
// Legal texts follow legal wording; they are reported with the rest but never enforced.

let failures = 0;
const passages: { file: string; words: number; text: string }[] = [];
for (const [collection, limits] of Object.entries(readabilityLimits)) {
  const dir = join(contentDir, collection, 'de');
  if (!existsSync(dir)) continue;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  let sentences = 0;
  let words = 0;
  const longWords = new Set<string>();
  for (const file of files) {
    const result = readability(readFileSync(join(dir, file), 'utf8'), limits);
    sentences += result.sentences;
    words += result.words;
    result.longWords.forEach((w) => longWords.add(w));
    for (const s of result.longSentences) {
      passages.push({ file: `content/${collection}/de/${file}`, ...s });
      if (enforced.has(collection)) failures++;
    }
  }
  console.log(
    `${collection.padEnd(16)} ${String(files.length).padStart(3)} files, ${String(sentences).padStart(4)} sentences, ` +
      `${(sentences ? words / sentences : 0).toFixed(1).padStart(4)} words a sentence (limit ${limits.maxWords}), ` +
      `${longWords.size} long words${longWords.size ? `: ${[...longWords].slice(0, 8).join(', ')}` : ''}`,
  );
}
passages.sort((a, b) => b.words - a.words);
if (passages.length) {
  console.log(`\nLongest sentences over the limit (${passages.length} in all):`);
  for (const p of passages.slice(0, worst)) console.log(`  ${p.words} words – ${p.file}\n    „${p.text}“`);
}
if (failures)
  console.error(`\n✗ ${failures} sentence(s) in guide or Leichte Sprache pages are over the limit: split them.`);
process.exit(failures ? 1 : 0);
