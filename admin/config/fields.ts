/**
 * Schema fields as CMS fields: every field of a collection's schema becomes a Decap field with its
 * German label and hint from the schema's CMS metadata (`src/schemas/cmsMeta.ts`), required exactly
 * when the schema requires it; groups, lists and choices between shapes keep their fields; in a
 * collection with translations each field says how it behaves across languages.
 */
import type { z } from 'astro/zod';
import { isGermanOnly, type CollectionName } from '../../src/core/collections.ts';
import { defOf, unwrap, type Unwrapped } from './schemaShape.ts';
import { metadataWidget, optionsOf, relationWidget, textWidget, type CmsWidget } from './widgets.ts';

export type { CmsWidget } from './widgets.ts';

export interface CmsField extends CmsWidget {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  i18n?: boolean | 'duplicate';
}

/** What a required field inside an optional group says (the CMS checks it once the group is filled in). */
const neededInGroup = 'Nötig, sobald diese Gruppe ausgefüllt wird.';

/** The widget and its options for a schema type (without name, label, required). */
function widgetFor(name: string, u: Unwrapped, collection: CollectionName): CmsWidget {
  const special = metadataWidget(u);
  if (special) return special;
  const def = defOf(u.inner);
  switch (def.type) {
    case 'string':
      return textWidget(u);
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
      return unionWidget(u, collection);
    case 'array': {
      const element = unwrap(def.element as z.ZodType);
      const elementDef = defOf(element.inner);
      if (u.cms.relation) return relationWidget(u.cms.relation);
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
        `admin/config/fields.ts: the field "${name}" in ${collection} has the schema type "${def.type}", which has no CMS widget yet – add one here.`,
      );
  }
}

/**
 * A choice between shapes (registration: none, link, e-mail, phone) becomes
 * one group: the choice itself (labelled by the union's metadata) and every shape's fields, all optional.
 */
function unionWidget(u: Unwrapped, collection: CollectionName): CmsWidget {
  const optional = !u.required;
  const options = defOf(u.inner).options as z.ZodType[];
  const shapes = options.map((o) => defOf(o).shape as Record<string, z.ZodType>);
  const discriminator = Object.keys(shapes[0]!).find((key) => shapes.every((s) => defOf(s[key]!).type === 'literal'))!;
  const choices = shapes.map((s) => (defOf(s[discriminator]!).values as string[])[0]!);
  const fields: CmsField[] = [
    {
      name: discriminator,
      label: 'Art',
      // Checked only once the group is filled in (widgets/checkedControl.ts).
      required: true,
      ...(optional ? { hint: neededInGroup } : {}),
      widget: 'select',
      options: optionsOf(choices, u.cms.labels),
    },
  ];
  for (const shape of shapes) {
    for (const [key, field] of Object.entries(shape)) {
      if (key === discriminator || fields.some((f) => f.name === key)) continue;
      const inner = unwrap(field);
      fields.push({ name: key, label: inner.cms.label ?? key, required: false, ...widgetFor(key, inner, collection) });
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
  if (!shape) throw new Error(`admin/config/fields.ts: ${collection} is not an object schema.`);
  const translated = topLevel && !isGermanOnly(collection);
  return Object.entries(shape).map(([name, field]) => {
    const u = unwrap(field);
    const conditional = insideOptionalGroup && u.required;
    const hint = [u.cms.hint ?? '', conditional ? neededInGroup : ''].filter(Boolean).join(' ');
    const cmsField: CmsField = {
      name,
      label: u.cms.label ?? name,
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
export const bodyField = (translated: boolean): CmsField => ({
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
