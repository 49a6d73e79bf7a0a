/**
 * Which collections the CMS offers and how: German names, folders per language (Decap's
 * `multiple_folders`, German the default), the file format and file names, what editors may
 * create and delete, and the fields of each from its schema.
 */
import { defaultLocale, localeCodes } from '../../src/core/locales.ts';
import { isGermanOnly, type CollectionName } from '../../src/core/collections.ts';
import { schemas } from '../../src/schemas/index.ts';
import { contentFileFormat } from '../contentFileFormat.ts';
import { bodyField, fieldsOf } from './fields.ts';

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

/** The four stations exist once each; the others can be created by editors. */
const fixedCollections: readonly CollectionName[] = ['stations'];

/**
 * Entries other entries point to (an event's partners, a station's guide pages, related glossary
 * words): deleting one in the CMS would leave a reference to nothing and stop the build, so only
 * developers remove them, after removing the references.
 */
const referencedCollections: readonly CollectionName[] = ['partners', 'guides', 'glossary', 'stations'];

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

/** One folder per language, the same file name in each (`content/<collection>/<lang>/<slug>.md`). */
export const cmsI18n = { structure: 'multiple_folders', locales: [...localeCodes], default_locale: defaultLocale };

/** A new entry's file name: its title in ASCII, accents cleaned, other characters as hyphens (`admin/validation.ts` predicts it). */
export const cmsSlug = { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' };

export function cmsCollections() {
  return editorOrder.map((name) => {
    const germanOnly = isGermanOnly(name);
    const labels = collectionLabels[name];
    const fixed = fixedCollections.includes(name);
    return {
      name,
      label: labels.label,
      label_singular: labels.singular,
      // Leichte Sprache is German only and has no language folders to choose from.
      folder: germanOnly ? `content/${name}/${defaultLocale}` : `content/${name}`,
      extension: 'md',
      // Written as the files are (../contentFileFormat.ts): a save rewrites no other file.
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
