#!/usr/bin/env node
/**
 * `npm run format:content`: writes every file in content/ the way the CMS
 * writes it (`src/lib/content/contentFile.ts`), so a save in the CMS changes only what
 * the editor changed. Refuses to write a file whose data would change.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { withoutBlanks } from '../src/lib/content/blankValues.ts';
import { formatContentFile, parseContentFile } from '../src/lib/content/contentFile.ts';

const content = resolve(import.meta.dirname, '../content');
let rewritten = 0;
for (const file of readdirSync(content, { recursive: true })
  .map(String)
  .filter((name) => name.endsWith('.md'))) {
  const path = join(content, file);
  const text = readFileSync(path, 'utf8');
  const formatted = formatContentFile(parseContentFile(text));
  if (formatted === text) continue;
  if (!isDeepStrictEqual(withoutBlanks(parseContentFile(formatted)), withoutBlanks(parseContentFile(text)))) {
    console.error(`✗ content/${file}: its data would change – left as it is.`);
    process.exitCode = 1;
    continue;
  }
  writeFileSync(path, formatted);
  rewritten++;
}
console.log(`format-content: ${rewritten} file(s) rewritten.`);
