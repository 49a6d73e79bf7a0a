/**
 * The one owner of the content model. `src/content.config.ts` validates every
 * file under `content/` with these schemas (a bad file fails the build naming
 * the file and the field); the CMS config is derived from them later.
 *
 * `.describe()` texts are German: editors read them in the CMS and in build errors.
 */
import { z } from 'astro/zod';

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

const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Uhrzeit im Format HH:MM angeben, z. B. 16:30.');

const httpsUrl = z
  .url({ protocol: /^https$/, error: 'Eine vollständige Adresse mit https:// angeben.' });

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
  description: description.describe('Zusammenfassung in einem Absatz; erscheint oben auf der Seite und in Link-Vorschauen'),
  order: z.number().int().min(1).describe('Position in der Reihenfolge des Leitfadens (1 = zuerst lesen)'),
  lastChecked: isoDate.describe('Zuletzt fachlich geprüft am'),
  sources: z.array(officialSource).min(1, 'Mindestens eine offizielle Quelle angeben.').describe('Offizielle Quellen'),
  stations: z.array(station).default([]).describe('Stationen, die zu diesem Thema beraten'),
});

export const eventSchema = z
  .object({
    title: title.describe('Titel der Veranstaltung'),
    description: description.describe('Kurzbeschreibung der Veranstaltung'),
    date: isoDate.describe('Datum (Ortszeit Europe/Berlin)'),
    startTime: localTime.optional().describe('Beginn (Ortszeit Europe/Berlin), leer lassen, wenn noch unbekannt'),
    endTime: localTime.optional().describe('Ende (Ortszeit Europe/Berlin)'),
    format: z.enum(['in-person', 'online']).describe('Präsenz oder online'),
    town: z.string().trim().min(1).optional().describe('Ort (bei Präsenzveranstaltungen)'),
    venue: z.string().trim().min(1).optional().describe('Veranstaltungsort, z. B. Name des Hauses'),
    status: z.enum(['scheduled', 'fully-booked', 'postponed', 'cancelled']).default('scheduled').describe('Status'),
    stations: z.array(station).default([]).describe('Angebotene Stationen'),
    partners: z.array(z.string().regex(slugPattern)).default([]).describe('Beteiligte Partner (Dateiname des Partners)'),
  })
  .refine((e) => e.format === 'online' || e.town !== undefined, {
    message: 'Bei Präsenzveranstaltungen den Ort angeben.',
    path: ['town'],
  })
  .refine((e) => !e.startTime || !e.endTime || e.endTime > e.startTime, {
    message: 'Das Ende muss nach dem Beginn liegen.',
    path: ['endTime'],
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
