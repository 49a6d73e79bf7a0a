/**
 * Before the CMS saves an entry, the site's own schemas check it – the same
 * ones the build uses – so what an editor publishes cannot stop the build:
 * also the rules Decap cannot express (a venue for in-person events, the
 * fields of a group once it is filled in, an end after the start, a file
 * name the event list needs for itself). A translation still without its
 * texts passes: the site shows German for it.
 */
import { isUnfinished, withoutBlanks } from '../src/lib/blankValues';
import { reservedEventSlugs } from '../src/lib/routes';
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

/**
 * The file name Decap gives a new entry (`slug: '{{slug}}'` with ASCII and
 * accents cleaned): its title in lower case, other characters as hyphens.
 */
export function fileNameFromTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * What is wrong with the file name a new entry's title gives, in German: an
 * event may not take an address the event list uses for its own pages
 * (the build refuses it too, but editors should hear it before they publish).
 */
export function fileNameProblem(collection: string, title: unknown): string | undefined {
  if (collection !== 'events' || typeof title !== 'string') return undefined;
  const name = fileNameFromTitle(title);
  if (!(reservedEventSlugs as readonly string[]).includes(name)) return undefined;
  return (
    `title: „${title.trim()}“ ergäbe die Adresse /veranstaltungen/${name}/, die die Veranstaltungsliste selbst ` +
    'braucht. Den Titel ergänzen, z. B. um Ort oder Datum.'
  );
}
