/**
 * The Decap widget for one value – a text, a date, a choice from a list, a reference, an image –
 * with its options, taken from the field's schema and its CMS metadata (`src/schemas/cmsMeta.ts`).
 * Groups, lists and languages are `fields.ts`'s.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../../src/core/collections.ts';
import deStrings from '../../src/i18n/ui/de.json';
import { defOf, type Def, type Unwrapped } from './schemaShape.ts';

/** How a field is edited: Decap's widget and that widget's options. */
export interface CmsWidget {
  widget: string;
  [option: string]: unknown;
}

/** Images only, at most this many bytes (phones on prepaid data load them). */
export const maxUploadBytes = 1_000_000;

/** What a relation shows editors and stores: the file name (slug), found by the entry's title or name. */
const relationDisplay: Partial<Record<CollectionName, string>> = {
  partners: 'name',
  guides: 'title',
  glossary: 'term',
};

const topicLabels = Object.fromEntries(
  Object.entries(deStrings)
    .filter(([key]) => key.startsWith('topics.'))
    .map(([key, value]) => [key.slice('topics.'.length), value]),
);
const languageNames = new Intl.DisplayNames(['de'], { type: 'language' });

/** A select's options: the schema's values with German labels (the field's, the topics', the languages' names). */
export function optionsOf(values: readonly (string | number)[], labels: Record<string, string> | undefined) {
  return values.map((value) => ({
    // Numbers stay numbers: the files store `stations: [1, 2]`, and a select whose options were "1", "2"
    // showed nothing chosen – the facts looked lost, in German and in every translation.
    value,
    label:
      labels?.[String(value)] ??
      topicLabels[String(value)] ??
      (/^[a-z]{2,3}$/.test(String(value)) ? (languageNames.of(String(value)) ?? String(value)) : String(value)),
  }));
}

type Check = {
  _zod: {
    def: {
      check: string;
      format?: string;
      pattern?: RegExp;
      minimum?: number;
      maximum?: number;
      error?: (issue: object) => unknown;
    };
  };
};

/**
 * The schema's rules for a text, as a Decap `pattern` with the schema's own
 * German message, so the CMS refuses what the build would refuse (length,
 * https addresses, e-mail addresses, postcodes, phone numbers).
 */
function patternOf(schema: z.ZodType): [string, string] | undefined {
  const def = defOf(schema) as Def & { format?: string; checks?: Check[]; error?: (issue: object) => unknown };
  const messageOf = (error: ((issue: object) => unknown) | undefined, fallback: string) => {
    const message = error?.({});
    return typeof message === 'string' ? message : fallback;
  };
  if (def.format === 'email')
    return ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', messageOf(def.error, 'Eine gültige E-Mail-Adresse angeben.')];
  if (def.format === 'url')
    return ['^https://\\S+$', messageOf(def.error, 'Eine vollständige Adresse mit https:// angeben.')];
  let minimum = 0;
  let maximum: number | undefined;
  const messages: string[] = [];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.format === 'regex' && c.pattern)
      return [c.pattern.source, messageOf(c.error, 'Bitte im richtigen Format angeben.')];
    if (c.check === 'min_length' && c.minimum !== undefined) {
      minimum = c.minimum;
      messages.push(messageOf(c.error, `Mindestens ${c.minimum} Zeichen.`));
    }
    if (c.check === 'max_length' && c.maximum !== undefined) {
      maximum = c.maximum;
      messages.push(messageOf(c.error, `Höchstens ${c.maximum} Zeichen.`));
    }
  }
  if (minimum <= 1 && maximum === undefined) return undefined;
  return [`^[\\s\\S]{${minimum},${maximum ?? ''}}$`, messages.join(' ')];
}

/**
 * The site's own widgets where the metadata asks for one (`admin/cms.ts` registers them): dates typed
 * as on a poster and checked as typed (widgets/dateControl.ts) – Decap's date inputs dropped impossible
 * dates; the text's state and the translation's source with the offers next to them
 * (widgets/textVersionControl.ts); an upload for an image.
 */
export function metadataWidget(u: Unwrapped): CmsWidget | undefined {
  switch (u.cms.widget) {
    case 'text-version':
      return { widget: 'text-version' };
    case 'translated-from':
      return { widget: 'translated-from' };
    case 'date':
      return { widget: 'local-date' };
    case 'datetime':
      return { widget: 'local-date-time' };
    case 'image':
      return {
        widget: 'image',
        choose_url: false,
        media_library: { allow_multiple: false, config: { max_file_size: maxUploadBytes } },
      };
    default:
      return undefined;
  }
}

/** A text on one line or several, refusing in the CMS what the schema refuses. */
export function textWidget(u: Unwrapped): CmsWidget {
  const pattern = patternOf(u.inner);
  return { widget: u.cms.widget === 'multiline' ? 'text' : 'string', ...(pattern ? { pattern } : {}) };
}

/** A reference to entries of another collection, stored as their file names. */
export function relationWidget(collection: CollectionName): CmsWidget {
  const shown = relationDisplay[collection] ?? 'title';
  return {
    widget: 'relation',
    collection,
    multiple: true,
    value_field: '{{slug}}',
    search_fields: [shown],
    display_fields: [shown],
    options_length: 100,
  };
}
