/**
 * The one owner of the content model. `src/content.config.ts` validates every
 * file under `content/` with these schemas (a bad file fails the build naming
 * the file and the field); the CMS config is derived from them later.
 *
 * `.describe()` texts are German: editors read them in the CMS and in build errors.
 */
import { z } from 'astro/zod';
import { districtNames } from '../data/districts';
import { berlinToUtc } from '../lib/berlinTime';

/** The collections under `content/<collection>/<lang>/<slug>.md`. */
export const collectionNames = ['guides', 'events', 'partners', 'pages'] as const;
export type CollectionName = (typeof collectionNames)[number];

/** A file name without extension: lowercase ASCII words joined by hyphens, same in every language. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar date as `YYYY-MM-DD`. YAML reads an unquoted date as a Date (UTC midnight); both are accepted. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'Datum im Format JJJJ-MM-TT angeben, z. B. 2026-03-14.' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT angeben, z. B. 2026-03-14.')
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, 'Dieses Datum gibt es nicht.'),
);

const httpsUrl = z.url({ protocol: /^https$/, error: 'Eine vollständige Adresse mit https:// angeben.' });

/** The four stations of every in-person event, numbered as on the day (see the campaign description). */
export const stationNumbers = [1, 2, 3, 4] as const;
const station = z
  .number()
  .int()
  .refine((n) => (stationNumbers as readonly number[]).includes(n), 'Station 1, 2, 3 oder 4 angeben.');

const title = z.string().trim().min(1, 'Titel fehlt.').max(120, 'Titel höchstens 120 Zeichen.');
const description = z
  .string()
  .trim()
  .min(20, 'Kurzbeschreibung fehlt oder ist zu kurz (mindestens 20 Zeichen).')
  .max(240, 'Kurzbeschreibung höchstens 240 Zeichen – sie erscheint in Suchmaschinen und Link-Vorschauen.');

const officialSource = z.object({
  title: z.string().trim().min(1).describe('Name der Quelle, z. B. „Berufsbildungsgesetz (BBiG)“'),
  url: httpsUrl.describe('Adresse der offiziellen Quelle'),
});

export const guideSchema = z.object({
  title: title.describe('Titel – am besten als Frage, die Leserinnen und Leser stellen'),
  description: description.describe(
    'Zusammenfassung in einem Absatz; erscheint oben auf der Seite und in Link-Vorschauen',
  ),
  order: z.number().int().min(1).describe('Position in der Reihenfolge des Leitfadens (1 = zuerst lesen)'),
  lastChecked: isoDate.describe('Zuletzt fachlich geprüft am'),
  sources: z.array(officialSource).min(1, 'Mindestens eine offizielle Quelle angeben.').describe('Offizielle Quellen'),
  stations: z.array(station).default([]).describe('Stationen, die zu diesem Thema beraten'),
});

/**
 * Languages in which an event offers talks or interpreters (ISO 639 codes).
 * Wider than the site's five: interpreters at events also speak e.g. Dari or Tigrinya.
 */
export const eventLanguages = [
  'de',
  'en',
  'ar',
  'ru',
  'uk',
  'fa',
  'prs',
  'ps',
  'ku',
  'tr',
  'ti',
  'so',
  'fr',
  'es',
  'pl',
  'ro',
  'bg',
  'sq',
  'vi',
] as const;

/** A Berlin calendar date, or a date with Berlin wall time (`2026-03-14T16:00`). */
const localDateOrDateTime = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'Datum (JJJJ-MM-TT) oder Datum mit Uhrzeit (JJJJ-MM-TTTHH:MM) angeben.' })
    .superRefine((value, ctx) => {
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        const date = new Date(`${value}T00:00:00Z`);
        if (Number.isNaN(date.getTime()) || !date.toISOString().startsWith(value))
          ctx.addIssue({ code: 'custom', message: 'Dieses Datum gibt es nicht.' });
        return;
      }
      try {
        berlinToUtc(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
      }
    }),
);

const venue = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Name des Veranstaltungsorts fehlt.')
    .describe('Name des Hauses, z. B. „Jugendberufsagentur Magdeburg“'),
  street: z.string().trim().min(1).optional().describe('Straße und Hausnummer'),
  postalCode: z
    .string()
    .regex(/^\d{5}$/, 'Postleitzahl mit fünf Ziffern angeben.')
    .optional()
    .describe('Postleitzahl'),
  town: z.string().trim().min(1, 'Ort fehlt.').describe('Ort'),
  district: z
    .enum(districtNames, {
      error: `Landkreis oder kreisfreie Stadt aus der Liste wählen: ${districtNames.join(', ')}.`,
    })
    .describe('Landkreis oder kreisfreie Stadt'),
});

const registration = z.discriminatedUnion('type', [
  z.object({ type: z.literal('none') }),
  z.object({ type: z.literal('link'), url: httpsUrl.describe('Anmeldeseite (https)') }),
  z.object({
    type: z.literal('email'),
    email: z.email('Eine gültige E-Mail-Adresse angeben.').describe('E-Mail-Adresse für die Anmeldung'),
  }),
  z.object({
    type: z.literal('phone'),
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 /()-]{5,}$/, 'Telefonnummer mit Vorwahl angeben, z. B. +49 391 000000.')
      .describe('Telefonnummer für die Anmeldung'),
  }),
]);

const recurrence = z
  .object({
    frequency: z.literal('weekly').describe('Wiederholung (wöchentlich)'),
    interval: z.number().int().min(1).max(4).default(1).describe('Alle wie viele Wochen'),
    until: isoDate.optional().describe('Letzter möglicher Termin (Datum)'),
    count: z.number().int().min(1).max(104).optional().describe('Oder: Anzahl der Termine'),
    exceptions: z.array(isoDate).default([]).describe('Ausfallende Termine (Datum)'),
  })
  .refine((r) => r.until !== undefined || r.count !== undefined, {
    message: 'Eine Wiederholung braucht ein Ende: letzten Termin (until) oder Anzahl (count) angeben.',
    path: ['until'],
  });

export const eventSchema = z
  .object({
    title: title.describe('Titel der Veranstaltung'),
    description: description.describe('Kurzbeschreibung der Veranstaltung'),
    start: localDateOrDateTime
      .optional()
      .describe(
        'Beginn, Ortszeit Europe/Berlin: JJJJ-MM-TTTHH:MM; nur das Datum, solange die Uhrzeit unbekannt ist; leer, solange der Termin noch nicht feststeht',
      ),
    end: localDateOrDateTime.optional().describe('Ende, Ortszeit Europe/Berlin (JJJJ-MM-TTTHH:MM)'),
    recurrence: recurrence.optional().describe('Regelmäßiger Termin, z. B. die wöchentliche Online-Beratung'),
    format: z.enum(['in-person', 'online']).describe('Präsenz oder online'),
    venue: venue.optional().describe('Veranstaltungsort (bei Präsenzveranstaltungen)'),
    accessibility: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Hinweise zur Barrierefreiheit, z. B. Aufzug, Gebärdensprache'),
    languages: z.array(z.enum(eventLanguages)).default([]).describe('Sprachen mit Sprachmittlung oder Beratung'),
    stations: z.array(station).default([]).describe('Angebotene Stationen'),
    partners: z
      .array(z.string().regex(slugPattern))
      .default([])
      .describe('Beteiligte Partner (Dateiname des Partners)'),
    registration: registration.optional().describe('Anmeldung: leer lassen, solange unbekannt'),
    capacity: z.number().int().min(1).optional().describe('Höchstzahl der Teilnehmenden'),
    status: z.enum(['scheduled', 'fully-booked', 'postponed', 'cancelled']).default('scheduled').describe('Status'),
    statusNote: z.string().trim().min(1).optional().describe('Hinweis zum Status, z. B. neuer Termin'),
    editorialNote: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Hinweis für die Redaktion: was noch fehlt (wird nicht angezeigt)'),
  })
  .refine((e) => e.format === 'online' || e.venue !== undefined, {
    message: 'Bei Präsenzveranstaltungen den Veranstaltungsort (venue) angeben.',
    path: ['venue'],
  })
  .refine((e) => e.end === undefined || e.start !== undefined, {
    message: 'Ohne Beginn kein Ende angeben.',
    path: ['end'],
  })
  .refine((e) => !e.start || !e.end || e.start.length === e.end.length, {
    message: 'Beginn und Ende beide mit Uhrzeit oder beide ohne angeben.',
    path: ['end'],
  })
  .refine((e) => !e.start || !e.end || e.end > e.start, {
    message: 'Das Ende muss nach dem Beginn liegen.',
    path: ['end'],
  })
  .refine((e) => !e.recurrence || (e.start !== undefined && e.start.includes('T')), {
    message: 'Ein regelmäßiger Termin braucht einen Beginn mit Uhrzeit.',
    path: ['start'],
  })
  .refine((e) => !e.recurrence || !e.end || e.end.slice(0, 10) === e.start?.slice(0, 10), {
    message: 'Bei regelmäßigen Terminen endet jeder Termin am selben Tag.',
    path: ['end'],
  });

export const partnerSchema = z.object({
  name: z.string().trim().min(1, 'Name fehlt.').describe('Name der Organisation, wie sie sich selbst schreibt'),
  description: description.describe('Was die Organisation für Leserinnen und Leser tut, in einfachen Worten'),
  stations: z.array(station).default([]).describe('Stationen, an denen die Organisation berät'),
  website: httpsUrl.optional().describe('Offizielle Website – nur eintragen, wenn die Adresse sicher stimmt'),
});

export const pageSchema = z.object({
  title: title.describe('Seitentitel'),
  description: description.describe('Kurzbeschreibung für Suchmaschinen und Link-Vorschauen'),
  editorialNote: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe('Hinweis für die Redaktion: was auf dieser Seite noch fehlt (wird nicht angezeigt)'),
});

export const schemas = {
  guides: guideSchema,
  events: eventSchema,
  partners: partnerSchema,
  pages: pageSchema,
} as const satisfies Record<CollectionName, z.ZodType>;
