/**
 * Empty values and unfinished translations. Pure, so the content loader, the
 * CMS (which checks an entry before it saves it) and the tests share it.
 */
import type { z } from 'astro/zod';

/**
 * Front matter without empty values: the CMS writes `''` or `null` for a
 * field left empty, `[]` for an empty list and `{}` for an untouched group of
 * fields; all mean "not given" (the schemas supply the defaults).
 *
 * @example withoutBlanks({ title: 'A', street: '', venue: { town: '' } }) // { title: 'A' }
 */
export function withoutBlanks(data: Record<string, unknown>): Record<string, unknown> {
  const clean = (value: unknown): unknown => {
    if (value === '' || value === null) return undefined;
    if (Array.isArray(value)) {
      const items = value.map(clean).filter((v) => v !== undefined);
      return items.length > 0 ? items : undefined;
    }
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      const entries = Object.entries(value).flatMap(([k, v]) => {
        const c = clean(v);
        return c === undefined ? [] : [[k, c] as const];
      });
      return entries.length > 0 ? Object.fromEntries(entries) : undefined;
    }
    return value;
  };
  return (clean(data) as Record<string, unknown> | undefined) ?? {};
}

/**
 * Whether a translation's front matter only lacks required fields (work in
 * progress), as opposed to holding a wrong value, which must fail the build.
 */
export function isUnfinished(schema: z.ZodType, data: Record<string, unknown>): boolean {
  if (Object.keys(data).length === 0) return true;
  const result = schema.safeParse(data);
  return (
    !result.success && result.error.issues.every((issue) => issue.code === 'invalid_type' && issue.input === undefined)
  );
}
