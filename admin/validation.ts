/**
 * Before the CMS saves an entry, the site's own schemas check it – the same
 * ones the build uses – so what an editor publishes cannot stop the build:
 * also the rules Decap cannot express (a venue for in-person events, the
 * fields of a group once it is filled in, an end after the start, a file
 * name the event list needs for itself). A translation still without its
 * texts passes: the site shows German for it. Problems are short German
 * messages per field, shown at the field (see `widgets/checkedControl.ts`).
 */
import { isUnfinished, withoutBlanks } from '../src/lib/content/blankValues.ts';
import { imageTextProblems } from '../src/lib/content/markdownImages.ts';
import { reservedEventSlugs } from '../src/lib/routes.ts';
import { defaultLocale } from '../src/core/locales.ts';
import type { CollectionName } from '../src/core/collections.ts';
import { schemas } from '../src/schemas/index.ts';
import { cmsCollections } from './config/collections.ts';
import type { CmsField } from './config/fields.ts';

const languageNames = new Intl.DisplayNames(['de'], { type: 'language' });
/** „Arabisch“ for `ar`: how the CMS names a language in its messages. */
export const languageName = (code: string) => languageNames.of(code) ?? code;

const fieldsByCollection = new Map(cmsCollections().map((c) => [c.name, c.fields as CmsField[]]));

/** A collection's CMS fields, as the editor sees them. */
export const cmsFieldsOf = (collection: string): readonly CmsField[] =>
  fieldsByCollection.get(collection as CollectionName) ?? [];

/** The CMS field at a path inside a group or list (`venue.town` → the field „Ort“). */
function fieldAt(fields: readonly CmsField[] | undefined, path: readonly PropertyKey[]): CmsField | undefined {
  let current = fields;
  let found: CmsField | undefined;
  for (const key of path) {
    if (typeof key === 'number') continue;
    const field = current?.find((f) => f.name === key);
    if (!field) break;
    found = field;
    current = (field.fields as CmsField[] | undefined) ?? (field.field ? [field.field as CmsField] : undefined);
  }
  return found;
}

/** A field written in each language – not a group of facts copied from German (a venue). */
export const isTranslatedText = (field: CmsField): boolean =>
  field.i18n === true &&
  (Array.isArray(field.fields)
    ? (field.fields as CmsField[]).some(isTranslatedText)
    : field.field
      ? isTranslatedText(field.field as CmsField)
      : true);

/**
 * What is wrong with an entry's data, per top-level field, in short German:
 * `{ venue: ['Ort: Bitte ausfüllen.'] }`. For a translation only the fields
 * written in that language count (the facts come from German and are checked
 * there), and an unfinished translation has no problems.
 */
export function fieldProblems(
  collection: string,
  data: Record<string, unknown>,
  locale: string = defaultLocale,
): Map<string, string[]> {
  const problems = new Map<string, string[]>();
  const schema = schemas[collection as CollectionName];
  const fields = fieldsByCollection.get(collection as CollectionName);
  if (!schema || !fields) return problems;
  const isTranslation = locale !== defaultLocale;
  const clean = withoutBlanks(data);
  // A translation not begun yet (no text of its own, only facts copied from German) is not refused.
  const begun = fields.some((f) => isTranslatedText(f) && f.name in clean);
  if (isTranslation && (!begun || isUnfinished(schema, clean))) return problems;
  // The body's images: each with its description, each an upload (the build checks the files too).
  const images = typeof clean.body === 'string' ? imageTextProblems(clean.body) : [];
  if (images.length > 0) problems.set('body', images);
  const result = schema.safeParse(clean);
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const [top, ...rest] = issue.path;
    const name = typeof top === 'string' ? top : (fields[0]?.name ?? 'title');
    const field = fields.find((f) => f.name === name);
    const inner = rest.length > 0 ? fieldAt(field ? [field] : undefined, [name, ...rest]) : undefined;
    const at = inner ?? field;
    if (isTranslation && !(at && isTranslatedText(at))) continue;
    const message = inner && inner !== field ? `${inner.label}: ${issue.message}` : issue.message;
    problems.set(name, [...(problems.get(name) ?? []), message]);
  }
  return problems;
}

/**
 * The same as one list of lines naming field and language, for the notice when a
 * save is refused: „Arabisch – Titel: Bitte ausfüllen.“
 */
export function problemsOf(
  collection: string,
  data: Record<string, unknown>,
  locale: string = defaultLocale,
): string[] {
  const fields = fieldsByCollection.get(collection as CollectionName) ?? [];
  const prefix = locale === defaultLocale ? '' : `${languageName(locale)} – `;
  return [...fieldProblems(collection, data, locale)].flatMap(([name, messages]) =>
    messages.map((m) => `${prefix}${fields.find((f) => f.name === name)?.label ?? name}: ${m}`),
  );
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
    `„${title.trim()}“ ergäbe die Adresse /veranstaltungen/${name}/, die die Veranstaltungsliste selbst ` +
    'braucht. Den Titel ergänzen, z. B. um Ort oder Datum.'
  );
}
