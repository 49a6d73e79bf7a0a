/**
 * The loader for `content/<collection>/<lang>/<slug>.md`: Astro's glob loader
 * plus the checks its YAML parsing cannot make.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';

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
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    if (
      date.getUTCFullYear() !== Number(y) ||
      date.getUTCMonth() !== Number(m) - 1 ||
      date.getUTCDate() !== Number(d)
    ) {
      problems.push({ field, value: `${y}-${m}-${d}` });
    }
  }
  return problems;
}

export function contentLoader(base: string): Loader {
  const inner = glob({ base, pattern: '*/*.{md,mdx}' });
  return {
    name: 'campaign-content',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const [problem] = findImpossibleDates(await readFile(props.filePath, 'utf8'));
            if (problem) {
              throw new Error(
                `${relative(process.cwd(), props.filePath)}: field "${problem.field}": ${problem.value} – Dieses Datum gibt es nicht.`,
              );
            }
          }
          return context.parseData(props);
        },
      }),
  };
}
