#!/usr/bin/env node
/**
 * Fails on physical CSS (left/right) in the project's styles, so Arabic
 * mirrors by `dir="rtl"` alone. Reads `.css` files and the `<style>` blocks
 * and `style="…"` attributes of `.astro` files under `src/`.
 *
 * Usage: node scripts/check-logical-css.mjs [dir …]   (default: src)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Physical properties and values, each with the logical replacement to suggest. */
export const physicalRules = [
  { pattern: /(?<![\w-])(margin|padding)-(left|right)\s*:/, fix: '$1-inline-start / $1-inline-end' },
  { pattern: /(?<![\w-])border-(left|right)(-[a-z]+)?\s*:/, fix: 'border-inline-start / border-inline-end' },
  { pattern: /(?<![\w-])border-(top|bottom)-(left|right)-radius\s*:/, fix: 'border-start-start-radius etc.' },
  { pattern: /(?<![\w-])(left|right)\s*:/, fix: 'inset-inline-start / inset-inline-end' },
  {
    pattern: /(?<![\w-])(text-align|float|clear)\s*:\s*(left|right)\b/,
    fix: 'start / end (or inline-start / inline-end)',
  },
];

/** The CSS inside a file: all of a `.css` file; `<style>` blocks and `style` attributes of an `.astro` file, blanked elsewhere so line numbers stay true. */
export function cssOf(path, source) {
  if (path.endsWith('.css')) return source;
  const keep = [];
  for (const m of source.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
    keep.push([m.index + m[0].indexOf('>') + 1, m[1].length]);
  for (const m of source.matchAll(/\sstyle=("[^"]*"|'[^']*')/g)) keep.push([m.index, m[0].length]);
  const chars = source.replace(/[^\n]/g, ' ').split('');
  for (const [start, length] of keep) for (let i = start; i < start + length; i++) chars[i] = source[i];
  return chars.join('');
}

/**
 * @returns {{ line: number, text: string, fix: string }[]}
 * @example findPhysicalCss('a.css', 'p { margin-left: 1rem }') // [{ line: 1, … }]
 */
export function findPhysicalCss(path, source) {
  const css = cssOf(path, source).replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const problems = [];
  css.split('\n').forEach((text, index) => {
    for (const rule of physicalRules) {
      if (rule.fix && rule.pattern.test(text)) problems.push({ line: index + 1, text: text.trim(), fix: rule.fix });
    }
  });
  return problems;
}

function* styleFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* styleFiles(path);
    else if (/\.(css|astro)$/.test(name)) yield path;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['src'];
  let count = 0;
  let files = 0;
  for (const dir of dirs) {
    for (const path of styleFiles(dir)) {
      files++;
      for (const p of findPhysicalCss(path, readFileSync(path, 'utf8'))) {
        count++;
        console.error(`${relative(process.cwd(), path)}:${p.line}: physical CSS "${p.text}" – use ${p.fix}`);
      }
    }
  }
  if (count > 0) {
    console.error(
      `\ncheck-logical-css: ${count} physical propert${count === 1 ? 'y' : 'ies'} in ${files} files. Logical properties let Arabic mirror.`,
    );
    process.exit(1);
  }
  console.log(`check-logical-css: ${files} style files, logical properties only.`);
}
