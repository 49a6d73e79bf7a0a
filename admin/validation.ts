/**
 * Before the CMS saves an entry, the site's own schemas check it – the same
 * ones the build uses – so what an editor publishes cannot stop the build:
 * also the rules Decap cannot express (a venue for in-person events, the
 * fields of a group once it is filled in, an end after the start). A
 * translation still without its texts passes: the site shows German for it.
 */
import { isUnfinished, withoutBlanks } from '../src/lib/blankValues';
import { schemas, type CollectionName } from '../src/schemas/content';

/** The German messages of everything wrong with an entry's data, or none. */
export function problemsOf(collection: string, data: Record<string, unknown>, isTranslation: boolean): string[] {
  const schema = schemas[collection as CollectionName];
  if (!schema) return [];
  const clean = withoutBlanks(data);
  if (isTranslation && isUnfinished(schema, clean)) return [];
  const result = schema.safeParse(clean);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}${issue.message}`);
}
