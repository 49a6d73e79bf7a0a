/**
 * How the CMS config reads a zod schema: its definition, and a field with its wrappers
 * (optional, default, preprocess) looked through – what they say on the way collected.
 */
import type { z } from 'astro/zod';
import { cmsMeta, type CmsMeta } from '../../src/schemas/cmsMeta.ts';

export type Def = { type: string; [key: string]: unknown };
export const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A field as the CMS sees it: the type inside its wrappers, whether it must be given, its metadata and default. */
export interface Unwrapped {
  inner: z.ZodType;
  required: boolean;
  cms: CmsMeta;
  defaultValue?: unknown;
}

/** Looks through optional/default/preprocess wrappers; the outermost metadata wins (a label given where the field is used). */
export function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let required = true;
  let cms: CmsMeta = {};
  let defaultValue: unknown;
  for (;;) {
    cms = { ...cmsMeta.get(current), ...cms };
    const def = defOf(current);
    if (def.type === 'optional') {
      required = false;
      current = def.innerType as z.ZodType;
    } else if (def.type === 'default') {
      required = false;
      const value = def.defaultValue;
      defaultValue = typeof value === 'function' ? (value as () => unknown)() : value;
      current = def.innerType as z.ZodType;
    } else if (def.type === 'pipe') {
      current = def.out as z.ZodType;
    } else {
      return { inner: current, required, cms, defaultValue };
    }
  }
}
