/**
 * What the CMS needs to know about a field beyond its type, kept next to the field in the schema
 * and read by `admin/config/` when it generates the Decap configuration: the German label and hint
 * editors see, the kind of input, German labels for a fixed list of values, the collection a
 * reference points to, and how the field behaves across languages.
 *
 * A typed zod registry, not the schema's description: a label and its hint are two things, and a
 * misspelt key fails type checking instead of showing nothing.
 */
import { z } from 'astro/zod';
import type { CollectionName } from '../core/collections.ts';

export interface CmsMeta {
  /** The field's name in the CMS, in German. */
  label?: string;
  /** The line under the field: what goes in, when it is needed. */
  hint?: string;
  /**
   * The input, where the type alone does not say: a date, a date with a time (Berlin wall time),
   * several lines of text, an uploaded image; the two dates that follow a text's translations.
   */
  widget?: 'date' | 'datetime' | 'multiline' | 'image' | 'text-version' | 'translated-from';
  /** German labels for the values of a fixed list (stations, status, the kinds of registration). */
  labels?: Record<string, string>;
  /** The collection whose entries a list of file names points to. */
  relation?: CollectionName;
  /** `translate`: written in each language; `german`: in the German file only; unset: the same in every language. */
  i18n?: 'translate' | 'german';
}

/**
 * The registry. Like zod's own metadata, a schema derived from a registered one (by a check, a
 * refinement) inherits its entry; the CMS config merges the entries of wrappers (optional, default)
 * with the outer one winning.
 */
export const cmsMeta = z.registry<CmsMeta>();

/**
 * A copy of `schema` with its CMS metadata: a copy, so a field shared by several collections
 * (a title, a date) can carry a different label in each.
 *
 * @example withCms(title, { label: 'Seitentitel', i18n: 'translate' })
 */
export function withCms<T extends z.ZodType>(schema: T, meta: CmsMeta): T {
  const copy = schema.clone() as T;
  // A new label comes with its own hint or none: the copy must not show the hint of the field it was made from.
  cmsMeta.add(copy, meta.label === undefined ? meta : { hint: undefined, ...meta });
  return copy;
}
