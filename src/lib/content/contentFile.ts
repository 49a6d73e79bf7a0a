/**
 * How a content file is written: YAML front matter between `---` lines, a
 * blank line, the Markdown body. One owner for the CMS (a custom format, so
 * saving one language does not rewrite the other four files: Decap's own
 * writer added `null` for every empty field, folded long lines and turned
 * `[1, 2]` into block lists) and for the check that every file in `content/`
 * is already written this way (`tests/unit/content-files.test.ts`), so a
 * save changes only what the editor changed.
 *
 * The style is the one the files were written in: keys in the order the file
 * has them (new ones at the end), no empty values, lists of plain values on
 * one line (sentences one per line), no line folding, dates as plain `2026-03-14` (YAML 1.2 has no
 * date type, so they stay text, as the schemas expect).
 */
import { Document, isScalar, parse, visit } from 'yaml';
import { withoutBlanks } from './blankValues.ts';

const frontMatter = /^---\r?\n([\s\S]*?)\r?\n?---\r?\n?/;

/** The front matter's fields and, when there is one, the Markdown `body`. */
export function parseContentFile(text: string): Record<string, unknown> {
  const match = frontMatter.exec(text);
  const meta = match ? ((parse(match[1] ?? '') as Record<string, unknown> | null) ?? {}) : {};
  const body = (match ? text.slice(match[0].length) : text).replace(/^(\r?\n)+/, '').trimEnd();
  return body ? { ...meta, body } : meta;
}

/** The file for an entry's fields (`body` is the Markdown below the front matter). */
export function formatContentFile(data: Record<string, unknown>): string {
  const { body, ...meta } = data;
  const fields = withoutBlanks(meta);
  const text = typeof body === 'string' ? body.trim() : '';
  if (Object.keys(fields).length === 0 && !text) return '';
  const document = new Document(fields);
  visit(document, {
    Seq(_, list) {
      // Short values (numbers, slugs, names) on one line; a list of sentences one per line.
      const values = list.items.map((item) => (isScalar(item) ? String(item.value) : undefined));
      const sentence = (value: string) => value.length > 60 || /[.?!؟]$/.test(value);
      if (values.every((value) => value !== undefined && !sentence(value))) list.flow = true;
    },
  });
  const yaml = Object.keys(fields).length > 0 ? document.toString({ lineWidth: 0, flowCollectionPadding: false }) : '';
  return `---\n${yaml}---\n${text ? `\n${text}\n` : ''}`;
}
