/**
 * The CMS and the site agree on the content model, field by field, type by
 * type, required by required: the CMS config is generated from the schemas,
 * and this test reads both and compares them, so a field added to one side
 * only (or a generator that drops one) fails here.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { cmsConfig } from '../../admin/cmsConfig.ts';
import { cmsCollections } from '../../admin/config/collections.ts';
import type { CmsField } from '../../admin/config/fields.ts';
import { fieldProblems, fileNameFromTitle, fileNameProblem, problemsOf } from '../../admin/validation.ts';
import { localeCodes } from '../../src/core/locales.ts';
import { districtNames } from '../../src/core/districts.ts';
import { germanOnlyCollections, type CollectionName } from '../../src/core/collections.ts';
import { schemas } from '../../src/schemas/index.ts';
import { decapServerOrigin, isLocalSite } from '../../src/core/site.ts';
import { adminContentSecurityPolicy } from '../../src/lib/securityPolicy.ts';

type Def = { type: string; [key: string]: unknown };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema's own view of a field: kind (after wrappers) and whether it must be given. */
function schemaView(s: z.ZodType): { kind: string; required: boolean; inner: z.ZodType } {
  let current = s;
  let required = true;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default') {
      required = false;
      current = def.innerType as z.ZodType;
    } else if (def.type === 'pipe') current = def.out as z.ZodType;
    else return { kind: def.type, required, inner: current };
  }
}

/** Which CMS widgets can hold which schema kinds. */
const widgetsFor: Record<string, string[]> = {
  string: [
    'string',
    'text',
    'local-date',
    'local-date-time',
    'text-version',
    'translated-from',
    'image',
    'select',
    'markdown',
  ],
  number: ['number'],
  boolean: ['boolean'],
  enum: ['select'],
  literal: ['select'],
  object: ['object'],
  union: ['object'],
  array: ['list', 'select', 'relation'],
};

/**
 * @param insideOptionalGroup fields of an optional group (address, logo): Decap cannot require them
 * only when the group is filled in, so they are optional there, say so in their hint, and the build checks them.
 */
function compare(schema: z.ZodType, fields: CmsField[], where: string, insideOptionalGroup = false) {
  const shape = defOf(schema).shape as Record<string, z.ZodType>;
  const cmsOnly = new Set(['body']);
  expect(
    fields.map((f) => f.name).filter((n) => !cmsOnly.has(n)),
    `${where}: the CMS fields are the schema's fields`,
  ).toEqual(Object.keys(shape));
  for (const [name, field] of Object.entries(shape)) {
    const view = schemaView(field);
    const cms = fields.find((f) => f.name === name)!;
    expect(widgetsFor[view.kind], `${where}.${name}: schema type ${view.kind}`).toContain(cms.widget);
    if (insideOptionalGroup && view.required) {
      // Required, but checked only once the group is filled in (admin/widgets/checkedControl.ts).
      expect(cms.required, `${where}.${name}: required inside its group`).toBe(true);
      expect(cms.hint, `${where}.${name}: says it is needed once the group is filled in`).toMatch(/Nötig, sobald/);
    } else {
      expect(cms.required, `${where}.${name}: required in the CMS exactly when the schema requires it`).toBe(
        view.required,
      );
    }
    expect(cms.label, `${where}.${name}: a German label`).toBeTruthy();
    if (view.kind === 'enum') {
      const values = Object.values(defOf(view.inner).entries as object).map(String);
      expect(
        (cms.options as { value: string }[]).map((o) => o.value),
        `${where}.${name}: the same choices`,
      ).toEqual(values);
    }
    if (view.kind === 'object' && cms.widget === 'object')
      compare(view.inner, cms.fields as CmsField[], `${where}.${name}`, !view.required);
    if (view.kind === 'array' && cms.widget === 'list' && cms.fields)
      compare(schemaView(defOf(view.inner).element as z.ZodType).inner, cms.fields as CmsField[], `${where}.${name}[]`);
  }
}

describe('the CMS config and the content schemas', () => {
  const collections = cmsCollections();

  it('has every collection, writing Markdown files where the site reads them', () => {
    expect(collections.map((c) => c.name).sort()).toEqual(Object.keys(schemas).sort());
    for (const c of collections) {
      expect(c.extension).toBe('md');
      expect(c.format).toBe('sawd-frontmatter');
      expect(c.folder).toMatch(new RegExp(`^content/${c.name}(/de)?$`));
    }
  });

  it.each(Object.keys(schemas) as CollectionName[])('%s: the same fields, types and required fields', (name) => {
    const collection = collections.find((c) => c.name === name)!;
    compare(schemas[name], collection.fields, name);
  });

  it('cannot delete what other entries point to, nor create a fifth station', () => {
    const byName = (name: string) => collections.find((c) => c.name === name)!;
    for (const name of ['partners', 'guides', 'glossary', 'stations']) expect(byName(name).delete, name).toBe(false);
    expect(byName('events').delete).toBe(true);
    expect(byName('stations').create).toBe(false);
  });

  it('offers fixed lists as selects: districts, stations, languages, status', () => {
    const events = collections.find((c) => c.name === 'events')!.fields;
    const venue = events.find((f) => f.name === 'venue')!.fields as CmsField[];
    const district = venue.find((f) => f.name === 'district')!;
    expect(district.widget).toBe('select');
    expect((district.options as { value: string }[]).map((o) => o.value)).toEqual([...districtNames]);
    const stations = events.find((f) => f.name === 'stations')!;
    expect(stations).toMatchObject({ widget: 'select', multiple: true });
    // Numbers, as the files store them: a select with "1" showed the stored 1 as not chosen.
    expect((stations.options as { value: number }[]).map((o) => o.value)).toEqual([1, 2, 3, 4]);
    expect(events.find((f) => f.name === 'languages')).toMatchObject({ widget: 'select', multiple: true });
    expect(events.find((f) => f.name === 'status')).toMatchObject({ widget: 'select', default: 'scheduled' });
    expect(events.find((f) => f.name === 'partners')).toMatchObject({
      widget: 'relation',
      collection: 'partners',
      multiple: true,
    });
  });

  it('takes dates and times as typed on a poster, with the site’s own date fields', () => {
    const events = collections.find((c) => c.name === 'events')!.fields;
    expect(events.find((f) => f.name === 'start')).toMatchObject({ widget: 'local-date-time' });
    expect(events.find((f) => f.name === 'start')!.label).not.toMatch(/Europe\/Berlin/);
    const recurrence = events.find((f) => f.name === 'recurrence')!.fields as CmsField[];
    expect(recurrence.find((f) => f.name === 'until')).toMatchObject({ widget: 'local-date' });
  });

  it('writes texts per language, shared facts in every language file, and editor notes only in German', () => {
    const events = collections.find((c) => c.name === 'events')!.fields;
    expect(events.find((f) => f.name === 'title')!.i18n).toBe(true);
    expect(events.find((f) => f.name === 'start')!.i18n).toBe('duplicate');
    // A group is translatable as a whole; its fields are copied from German.
    const venue = events.find((f) => f.name === 'venue')!;
    expect(venue.i18n).toBe(true);
    for (const field of venue.fields as CmsField[]) expect(field.i18n).toBe('duplicate');
    expect(events.find((f) => f.name === 'editorialNote')!.i18n).toBe(false);
    expect(events.find((f) => f.name === 'body')!.i18n).toBe(true);
    for (const name of germanOnlyCollections) {
      const collection = collections.find((c) => c.name === name)!;
      expect('i18n' in collection).toBe(false);
      expect(collection.folder).toBe(`content/${name}/de`);
    }
  });

  it('needs German alt text for an uploaded logo, and takes images only into one folder', () => {
    const partners = collections.find((c) => c.name === 'partners')!.fields;
    const logo = partners.find((f) => f.name === 'logo')!.fields as CmsField[];
    expect(logo.find((f) => f.name === 'alt')!.hint).toMatch(/Nötig, sobald/);
    expect(logo.find((f) => f.name === 'src')).toMatchObject({
      widget: 'image',
      media_library: { config: { max_file_size: 1_000_000 } },
    });
    expect(cmsConfig({}).media_folder).toBe('public/uploads');
  });

  it('uses the local files on a laptop and a Git host in production, chosen by environment variables', () => {
    const local = cmsConfig({});
    expect(local.local_backend).toMatchObject({ url: 'http://127.0.0.1:8081/api/v1' });
    expect(local.i18n).toEqual({ structure: 'multiple_folders', locales: [...localeCodes], default_locale: 'de' });
    const production = cmsConfig({
      SITE_URL: 'https://www.example.org',
      CMS_BACKEND: 'gitlab',
      CMS_REPO: 'ms/kampagne',
      CMS_BASE_URL: 'https://gitlab.sachsen-anhalt.example',
      CMS_APP_ID: 'abc',
    });
    expect('local_backend' in production).toBe(false);
    // …and the production admin page does not name the local address in its policy either.
    expect(adminContentSecurityPolicy(isLocalSite('https://www.example.org'))).not.toContain('127.0.0.1');
    expect(adminContentSecurityPolicy(isLocalSite(undefined))).toContain(decapServerOrigin);
    expect(production.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc', repo: 'ms/kampagne' });
    expect(production.publish_mode).toBe('editorial_workflow');
  });
});

describe('the CMS refuses what the build would refuse', () => {
  const fields = (name: CollectionName) => cmsCollections().find((c) => c.name === name)!.fields;
  const sub = (list: CmsField[], name: string) => list.find((f) => f.name === name)!;
  const accepts = (field: CmsField, value: string) => new RegExp((field.pattern as [string, string])[0]).test(value);

  it('checks lengths, https addresses, e-mail addresses and postcodes with the schema’s German messages', () => {
    // Texts written in each language are checked by the schema at the field, with the language named.
    const description = sub(fields('events'), 'description');
    expect(description).not.toHaveProperty('pattern');
    expect(problemsOf('events', { title: 'Tag', description: 'zu kurz', format: 'online' })).toEqual([
      expect.stringMatching(/^Kurzbeschreibung der Veranstaltung: .*mindestens 20 Zeichen/),
    ]);
    const partners = fields('partners');
    expect(accepts(sub(partners, 'website'), 'http://example.org')).toBe(false);
    expect(accepts(sub(partners, 'website'), 'https://example.org')).toBe(true);
    expect(accepts(sub(partners, 'email'), 'beratung-at-example.org')).toBe(false);
    expect(accepts(sub(partners, 'email'), 'beratung@example.org')).toBe(true);
    const postalCode = sub(sub(partners, 'address').fields as CmsField[], 'postalCode');
    expect(accepts(postalCode, '0610')).toBe(false);
    expect(accepts(postalCode, '06108')).toBe(true);
  });
});

describe('the check before the CMS saves', () => {
  it('refuses with the schema’s German message what the build would refuse, also rules Decap cannot express', () => {
    expect(
      problemsOf('events', {
        title: 'Infotag',
        description: 'Eine Beschreibung, die lang genug ist.',
        format: 'in-person',
      }),
    ).toEqual([
      'Veranstaltungsort (bei Präsenzveranstaltungen): Bei Präsenzveranstaltungen den Veranstaltungsort (venue) angeben.',
    ]);
    expect(
      problemsOf('partners', {
        name: 'X',
        description: 'Eine Beschreibung, die lang genug ist.',
        address: { street: 'Weg 1' },
      }).join(' '),
    ).toMatch(/Postleitzahl: Bitte ausfüllen\./);
  });

  it('says in short German which field and which language, never zod’s English, and skips facts in translations', () => {
    const venue = { name: 'Haus', district: 'Magdeburg' };
    const german = {
      title: 'Infotag',
      description: 'Eine Beschreibung, die lang genug ist.',
      format: 'in-person',
      venue,
    };
    expect(problemsOf('events', german)).toEqual([
      'Veranstaltungsort (bei Präsenzveranstaltungen): Ort: Bitte ausfüllen.',
    ]);
    // The same facts copied into the Arabic file are checked once, in German; the Arabic text is checked in Arabic.
    expect(problemsOf('events', { ...german, title: 'يوم', description: 'قصير' }, 'ar')).toEqual([
      'Arabisch – Kurzbeschreibung der Veranstaltung: Kurzbeschreibung fehlt oder ist zu kurz (mindestens 20 Zeichen).',
    ]);
    expect(fieldProblems('events', { ...german, start: '2027-02-30T10:00' }).get('start')).toEqual([
      '"2027-02-30T10:00": dieses Datum oder diese Uhrzeit gibt es nicht.',
    ]);
  });

  it('lets a translation without its texts through (the site shows German), and a complete entry', () => {
    expect(problemsOf('events', { format: 'online', title: '' }, 'ar')).toEqual([]);
    expect(
      problemsOf(
        'events',
        { title: 'Info day', description: 'A description that is long enough.', format: 'online', stations: ['1'] },
        'en',
      ),
    ).toEqual([]);
  });
});

describe('the file name of a new entry', () => {
  it('is made from the title as Decap makes it', () => {
    expect(fileNameFromTitle('Infotag Ausbildung – Halle (Saale)')).toBe('infotag-ausbildung-halle-saale');
    expect(fileNameFromTitle('Beratung für Eltern')).toBe('beratung-fur-eltern');
  });

  it('may not be an address the event list needs, for events only', () => {
    for (const title of ['Archiv', ' Kalender ', 'FEED', 'Seite', 'Auswahl!'])
      expect(fileNameProblem('events', title)).toMatch(/die die Veranstaltungsliste selbst braucht/);
    expect(fileNameProblem('events', 'Archiv der Veranstaltungen')).toBeUndefined();
    expect(fileNameProblem('guides', 'Archiv')).toBeUndefined();
    expect(fileNameProblem('events', undefined)).toBeUndefined();
  });
});
