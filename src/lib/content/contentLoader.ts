/**
 * The loader for `content/<collection>/<lang>/<slug>.md`: Astro's glob loader
 * plus the checks its YAML parsing cannot make.
 */
import { readdir, readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { calendarDateExists } from '../../core/calendarDate.ts';
import { isUnfinished, withoutBlanks } from './blankValues.ts';
import { bodyImageProblems } from './contentImages.ts';
import { parseContentFile } from './contentFile.ts';

/**
 * Marks a translation that is not there yet: an empty file (Decap writes
 * 1-byte files for languages left blank) or one with required fields still
 * missing. Such an entry is treated as not translated – the reader gets the
 * German text with a notice – instead of failing the build.
 */
export const unfinishedTranslation = '__unfinishedTranslation';

/**
 * YAML reads an unquoted `2026-02-30` as a Date and rolls it over to 2 March
 * without complaint, so a typo would silently move an event. This finds such
 * dates in the raw front matter.
 *
 * @example findImpossibleDates('date: 2026-02-30\n') // [{ field: 'date', value: '2026-02-30' }]
 */
export function findImpossibleDates(source: string): { field: string; value: string }[] {
  const frontMatter = source.match(/^---\r?\n([\s\S]*?)\r?\n---/)?.[1] ?? '';
  const problems: { field: string; value: string }[] = [];
  for (const match of frontMatter.matchAll(/^\s*([\w-]+):\s*(\d{4})-(\d{2})-(\d{2})(?=[\sT]|$)/gm)) {
    const [, field, y, m, d] = match as unknown as [string, string, string, string, string];
    if (!calendarDateExists(Number(y), Number(m), Number(d))) problems.push({ field, value: `${y}-${m}-${d}` });
  }
  return problems;
}

/**
 * Editors write Markdown only: `.md`, never MDX (MDX is code and runs at build time).
 * A translation that is empty or unfinished is stored as such (see `unfinishedTranslation`).
 */
export function contentLoader(base: string, schema: z.ZodType): Loader {
  const inner = glob({ base, pattern: '*/*.md' });
  return {
    name: 'campaign-content',
    load: async (context) => {
      // An .mdx file would be skipped without a word; say why it is not taken instead.
      for (const entry of await readdir(base, { recursive: true, withFileTypes: true }).catch(() => [])) {
        if (entry.isFile() && /\.mdx$/i.test(entry.name)) {
          const file = relative(process.cwd(), `${entry.parentPath}/${entry.name}`);
          throw new Error(
            `${file}: content is Markdown (.md) only – MDX is code that runs at build time and is not accepted from editors. Rename the file to .md.`,
          );
        }
      }
      return inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const source = await readFile(props.filePath, 'utf8');
            const file = relative(process.cwd(), props.filePath);
            const [problem] = findImpossibleDates(source);
            if (problem) {
              throw new Error(`${file}: field "${problem.field}": ${problem.value} – Dieses Datum gibt es nicht.`);
            }
            const body = parseContentFile(source).body;
            const imageProblems = typeof body === 'string' ? bodyImageProblems(body, process.cwd()) : [];
            if (imageProblems.length > 0) throw new Error(`${file}: field "body": ${imageProblems.join(' ')}`);
          }
          const data = withoutBlanks(props.data);
          const isTranslation = !props.id.startsWith('de/');
          if (isTranslation && isUnfinished(schema, data)) {
            return { [unfinishedTranslation]: true } as unknown as typeof props.data;
          }
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      });
    },
  };
}
