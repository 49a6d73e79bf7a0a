/**
 * The Decap CMS configuration, generated from the content schemas the site
 * validates with (`src/schemas/content.ts`), so the CMS and the build cannot
 * disagree: every schema field becomes a CMS field with the schema's German
 * description as its hint, required exactly when the schema requires it.
 * Where editors work (the backend) comes from environment variables at build
 * time – see `cmsBackend` and `docs/cms.md` – so no code changes between hosts.
 */
import type { z } from 'astro/zod';
import { localeCodes, defaultLocale } from '../src/core/locales.ts';
import deStrings from '../src/i18n/ui/de.json';
import { germanOnlyCollections, schemas, type CmsMeta, type CollectionName } from '../src/schemas/content.ts';
import { decapServerOrigin, isLocalSite, localSiteOrigin } from '../src/core/site.ts';
import { uploadsAddress, uploadsFolder } from '../src/lib/content/uploads.ts';

/** How a field is edited: Decap's widget and that widget's options. */
export interface CmsWidget {
  widget: string;
  [option: string]: unknown;
}

export interface CmsField extends CmsWidget {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  i18n?: boolean | 'duplicate';
}

/** Labels for the collections, in German: editors work in German. */
const collectionLabels: Record<CollectionName, { label: string; singular: string; summary: string }> = {
  // Not "{{title}} ({{start}})": a date still to be announced would show as "()".
  events: { label: 'Veranstaltungen', singular: 'Veranstaltung', summary: '{{title}}' },
  guides: { label: 'Leitfaden', singular: 'Leitfaden-Seite', summary: '{{order}}. {{title}}' },
  glossary: { label: 'Glossar', singular: 'Begriff', summary: '{{term}}' },
  partners: { label: 'Partner', singular: 'Partner', summary: '{{name}}' },
  stations: { label: 'Stationen', singular: 'Station', summary: '{{title}}' },
  pages: { label: 'Seiten', singular: 'Seite', summary: '{{title}}' },
  'leichte-sprache': { label: 'Leichte Sprache', singular: 'Seite in Leichter Sprache', summary: '{{title}}' },
};

/** What a relation shows editors and stores: the file name (slug), found by the entry's title or name. */
const relationDisplay: Partial<Record<CollectionName, string>> = {
  partners: 'name',
  guides: 'title',
  glossary: 'term',
};

/** The four stations exist once each; the others can be created by editors. */
const fixedCollections: readonly CollectionName[] = ['stations'];

/**
 * Entries other entries point to (an event's partners, a station's guide pages, related glossary
 * words): deleting one in the CMS would leave a reference to nothing and stop the build, so only
 * developers remove them, after removing the references.
 */
const referencedCollections: readonly CollectionName[] = ['partners', 'guides', 'glossary', 'stations'];

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: z.ZodType): { description?: string; cms?: CmsMeta } =>
  ((schema as unknown as { meta: () => unknown }).meta() as { description?: string; cms?: CmsMeta } | undefined) ?? {};

interface Unwrapped {
  inner: z.ZodType;
  required: boolean;
  description?: string;
  cms: CmsMeta;
  defaultValue?: unknown;
}

/** Looks through optional/default/preprocess wrappers, collecting what they say on the way. */
function unwrap(schema: z.ZodType): Unwrapped {
  let current = schema;
  let required = true;
  let description: string | undefined;
  let cms: CmsMeta = {};
  let defaultValue: unknown;
  for (;;) {
    const meta = metaOf(current);
    description ??= meta.description;
    cms = { ...meta.cms, ...cms };
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
      return { inner: current, required, description, cms, defaultValue };
    }
  }
}

const topicLabels = Object.fromEntries(
  Object.entries(deStrings)
    .filter(([key]) => key.startsWith('topics.'))
    .map(([key, value]) => [key.slice('topics.'.length), value]),
);
const languageNames = new Intl.DisplayNames(['de'], { type: 'language' });

function optionsOf(values: readonly (string | number)[], labels: Record<string, string> | undefined) {
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

/** The widget and its options for a schema type (without name, label, required). */
function widgetFor(name: string, u: Unwrapped, collection: CollectionName): CmsWidget {
  const def = defOf(u.inner);
  // Typed as on a poster, checked as typed (admin/widgets/dateControl.ts): Decap's date inputs dropped impossible dates.
  // The text's state and the translation's source, with the offers and the status next to them (textVersionControl.ts).
  if (name === 'updated') return { widget: 'text-version' };
  if (name === 'translatedFrom') return { widget: 'translated-from' };
  if (u.cms.widget === 'date') return { widget: 'local-date' };
  if (u.cms.widget === 'datetime') return { widget: 'local-date-time' };
  if (u.cms.widget === 'image')
    return {
      widget: 'image',
      choose_url: false,
      media_library: { allow_multiple: false, config: { max_file_size: maxUploadBytes } },
    };
  switch (def.type) {
    case 'string': {
      const pattern = patternOf(u.inner);
      return {
        widget: name === 'description' || name === 'editorialNote' ? 'text' : 'string',
        ...(pattern ? { pattern } : {}),
      };
    }
    case 'number':
      return { widget: 'number', value_type: 'int' };
    case 'boolean':
      return { widget: 'boolean' };
    case 'literal': {
      const values = def.values as unknown[];
      return { widget: 'select', options: optionsOf(values as string[], u.cms.labels) };
    }
    case 'enum':
      return { widget: 'select', options: optionsOf(Object.values(def.entries as object), u.cms.labels) };
    case 'object': {
      const fields = fieldsOf(u.inner, collection, false, !u.required);
      return { widget: 'object', collapsed: !u.required, summary: groupSummary(fields), fields };
    }
    case 'union':
      return unionWidget(u.inner, collection, !u.required);
    case 'array': {
      const element = unwrap(def.element as z.ZodType);
      const elementDef = defOf(element.inner);
      if (u.cms.relation) {
        const shown = relationDisplay[u.cms.relation] ?? 'title';
        return {
          widget: 'relation',
          collection: u.cms.relation,
          multiple: true,
          value_field: '{{slug}}',
          search_fields: [shown],
          display_fields: [shown],
          options_length: 100,
        };
      }
      if (elementDef.type === 'enum' || element.cms.labels)
        return {
          widget: 'select',
          multiple: true,
          options:
            elementDef.type === 'enum'
              ? optionsOf(Object.values(elementDef.entries as object), element.cms.labels)
              : optionsOf(
                  Object.keys(element.cms.labels!).map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
                  element.cms.labels,
                ),
        };
      if (elementDef.type === 'object')
        return { widget: 'list', collapsed: true, fields: fieldsOf(element.inner, collection, false) };
      return { widget: 'list', field: { name: 'item', label: 'Eintrag', ...widgetFor('item', element, collection) } };
    }
    default:
      throw new Error(
        `admin/cmsConfig.ts: the field "${name}" in ${collection} has the schema type "${def.type}", which has no CMS widget yet – add one here.`,
      );
  }
}

/**
 * A choice between shapes (registration: none, link, e-mail, phone) becomes
 * one group: the choice itself and every shape's fields, all optional.
 */
function unionWidget(schema: z.ZodType, collection: CollectionName, optional: boolean): CmsWidget {
  const options = defOf(schema).options as z.ZodType[];
  const shapes = options.map((o) => defOf(o).shape as Record<string, z.ZodType>);
  const discriminator = Object.keys(shapes[0]!).find((key) => shapes.every((s) => defOf(s[key]!).type === 'literal'))!;
  const choices = shapes.map((s) => (defOf(s[discriminator]!).values as string[])[0]!);
  const fields: CmsField[] = [
    {
      name: discriminator,
      label: 'Art',
      // Checked only once the group is filled in (widgets/checkedControl.ts).
      required: true,
      ...(optional ? { hint: 'Nötig, sobald diese Gruppe ausgefüllt wird.' } : {}),
      widget: 'select',
      options: optionsOf(choices, {
        none: 'keine Anmeldung nötig',
        link: 'Anmeldung über eine Website',
        email: 'Anmeldung per E-Mail',
        phone: 'Anmeldung per Telefon',
      }),
    },
  ];
  for (const shape of shapes) {
    for (const [key, field] of Object.entries(shape)) {
      if (key === discriminator || fields.some((f) => f.name === key)) continue;
      const u = unwrap(field);
      fields.push({ name: key, label: u.description ?? key, required: false, ...widgetFor(key, u, collection) });
    }
  }
  return { widget: 'object', collapsed: true, summary: groupSummary(fields), fields };
}

/**
 * What a closed group shows on its bar: its values („Jugendberufsagentur Magdeburg · Magdeburg“).
 * Without it a closed group looked empty – in a translation, whose facts come from German, it seemed lost.
 */
function groupSummary(fields: readonly CmsField[]): string {
  // The fields every filled-in group has (its required ones): an empty optional one would show as „· ·“.
  return fields
    .filter((field) => field.required === true && ['string', 'select', 'local-date'].includes(String(field.widget)))
    .slice(0, 3)
    .map((field) => `{{fields.${field.name}}}`)
    .join(' · ');
}

/** How a field behaves across languages, for a collection with translations. */
function i18nOf(u: Unwrapped): boolean | 'duplicate' {
  if (u.cms.i18n === 'translate') return true;
  if (u.cms.i18n === 'german') return false;
  return 'duplicate';
}

/**
 * Decap allows `duplicate` only on simple fields: a group or list is marked
 * translatable and each field inside carries the setting instead.
 */
function withI18n(field: CmsField, setting: boolean | 'duplicate'): CmsField {
  const nested = Array.isArray(field.fields) || field.field !== undefined;
  if (!nested || setting === false) return { ...field, i18n: setting };
  return {
    ...field,
    i18n: true,
    ...(Array.isArray(field.fields) ? { fields: (field.fields as CmsField[]).map((f) => withI18n(f, setting)) } : {}),
    ...(field.field ? { field: withI18n(field.field as CmsField, setting) } : {}),
  };
}

/**
 * The CMS fields of an object schema; `topLevel` adds i18n settings (nested fields follow their parent).
 * Inside an optional group (an address, a logo) Decap would demand the group's required fields
 * even when the group is left empty, so there they are optional in the CMS, say so in their hint,
 * and the build checks them once the group is filled in.
 */
export function fieldsOf(
  schema: z.ZodType,
  collection: CollectionName,
  topLevel = true,
  insideOptionalGroup = false,
): CmsField[] {
  const shape = defOf(schema).shape as Record<string, z.ZodType> | undefined;
  if (!shape) throw new Error(`admin/cmsConfig.ts: ${collection} is not an object schema.`);
  const translated = topLevel && !(germanOnlyCollections as readonly string[]).includes(collection);
  return Object.entries(shape).map(([name, field]) => {
    const u = unwrap(field);
    const [label, ...rest] = (u.description ?? name).split(/: | – /);
    const conditional = insideOptionalGroup && u.required;
    const hint = [rest.join(' – '), conditional ? 'Nötig, sobald diese Gruppe ausgefüllt wird.' : '']
      .filter(Boolean)
      .join(' ');
    const cmsField: CmsField = {
      name,
      label: label!,
      ...(hint ? { hint } : {}),
      // Required inside the group: the CMS checks a group's fields only once it is filled in (widgets/checkedControl.ts).
      required: u.required,
      // No defaults inside an optional group: a pre-filled value would make an untouched group count as filled in.
      ...(u.defaultValue !== undefined && !Array.isArray(u.defaultValue) && !insideOptionalGroup
        ? { default: u.defaultValue }
        : {}),
      ...widgetFor(name, u, collection),
    };
    if (!translated) return cmsField;
    const withLanguage = withI18n(cmsField, i18nOf(u));
    // A text written in each language is checked by the schema alone (widgets/checkedControl.ts): Decap's own
    // pattern check would refuse an Arabic text without naming the language, and without a notice.
    if (withLanguage.i18n === true) delete withLanguage.pattern;
    return withLanguage;
  });
}

/** The Markdown body: editors write Markdown, never HTML or MDX (the build neutralises raw HTML). */
const bodyField = (translated: boolean): CmsField => ({
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  required: false,
  hint: 'Überschriften als Fragen, kurze Sätze. HTML wird nicht übernommen. Ein Bild fügen Sie über „+“ → „Bild“ ein, mit einer Beschreibung in der Sprache dieses Textes.',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  // The image component of `imageComponent.ts` (an upload with its description), nothing else.
  editor_components: ['bild'],
  modes: ['rich_text', 'raw'],
  sanitize_preview: true,
  ...(translated ? { i18n: true } : {}),
});

/** In the order editors need them most: dates first. */
const editorOrder: readonly CollectionName[] = [
  'events',
  'partners',
  'stations',
  'guides',
  'glossary',
  'pages',
  'leichte-sprache',
];

export function cmsCollections() {
  return editorOrder.map((name) => {
    const germanOnly = (germanOnlyCollections as readonly string[]).includes(name);
    const labels = collectionLabels[name];
    const fixed = fixedCollections.includes(name);
    return {
      name,
      label: labels.label,
      label_singular: labels.singular,
      // Leichte Sprache is German only and has no language folders to choose from.
      folder: germanOnly ? `content/${name}/${defaultLocale}` : `content/${name}`,
      extension: 'md',
      // Written as the files are (src/lib/content/contentFile.ts, registered in cms.ts): a save rewrites no other file.
      format: contentFileFormat,
      create: !fixed,
      delete: !referencedCollections.includes(name),
      slug: '{{slug}}',
      summary: labels.summary,
      ...(name === 'events' ? { sortable_fields: ['start', 'title'] } : {}),
      ...(germanOnly ? {} : { i18n: true }),
      fields: [...fieldsOf(schemas[name], name), bodyField(!germanOnly)],
    };
  });
}

export interface CmsEnvironment {
  /** `gitlab` (default in production), `github`, or unset for local editing only. */
  CMS_BACKEND?: string;
  CMS_REPO?: string;
  CMS_BRANCH?: string;
  /** Self-hosted GitLab, e.g. https://gitlab.example.org */
  CMS_BASE_URL?: string;
  CMS_API_ROOT?: string;
  /** GitLab PKCE: the OAuth application's id. */
  CMS_APP_ID?: string;
  /** GitHub: the OAuth proxy's address. */
  CMS_AUTH_ENDPOINT?: string;
  /** `editorial_workflow` (draft → in review → ready; GitLab and GitHub) or `simple`. */
  CMS_PUBLISH_MODE?: string;
  /** The site's public address; unset (a local build) switches on the local backend. */
  SITE_URL?: string;
}

/** Where editors' changes go: a Git host in production, the local files through decap-server on a laptop. */
export function cmsBackend(env: CmsEnvironment) {
  const name = env.CMS_BACKEND ?? 'gitlab';
  return {
    name,
    repo: env.CMS_REPO ?? 'ministerium/sachsen-anhalt-will-dich',
    branch: env.CMS_BRANCH ?? 'main',
    ...(name === 'gitlab' ? { auth_type: 'pkce', app_id: env.CMS_APP_ID ?? '' } : {}),
    ...(env.CMS_BASE_URL ? { base_url: env.CMS_BASE_URL } : {}),
    ...(env.CMS_API_ROOT ? { api_root: env.CMS_API_ROOT } : {}),
    ...(env.CMS_AUTH_ENDPOINT ? { auth_endpoint: env.CMS_AUTH_ENDPOINT } : {}),
    commit_messages: {
      create: 'Neu: {{collection}} „{{slug}}“',
      update: 'Geändert: {{collection}} „{{slug}}“',
      delete: 'Gelöscht: {{collection}} „{{slug}}“',
      uploadMedia: 'Bild hochgeladen: „{{path}}“',
      deleteMedia: 'Bild gelöscht: „{{path}}“',
    },
  };
}

/** The name of the CMS's file format for content (`admin/cms.ts` registers it). */
export const contentFileFormat = 'sawd-frontmatter';

/** Images only, at most this many bytes (phones on prepaid data load them). */
export const maxUploadBytes = 1_000_000;

export function cmsConfig(env: CmsEnvironment) {
  const local = isLocalSite(env.SITE_URL);
  return {
    load_config_file: false,
    backend: cmsBackend(env),
    // decap-server on this machine, for trying the CMS against the local files (`npm start`).
    ...(local
      ? { local_backend: { url: `${decapServerOrigin}/api/v1`, allowed_hosts: ['127.0.0.1', 'localhost'] } }
      : {}),
    publish_mode: env.CMS_PUBLISH_MODE ?? (local ? 'simple' : 'editorial_workflow'),
    locale: 'de',
    site_url: env.SITE_URL ?? localSiteOrigin,
    media_folder: uploadsFolder,
    public_folder: uploadsAddress,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [...localeCodes], default_locale: defaultLocale },
    collections: cmsCollections(),
  };
}
