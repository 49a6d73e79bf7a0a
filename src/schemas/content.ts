/**
 * The one owner of the content model. `src/content.config.ts` validates every
 * file under `content/` with these schemas (a bad file fails the build naming
 * the file and the field); the CMS config is derived from them later.
 *
 * `.describe()` texts are German: editors read them in the CMS and in build errors.
 */
import { z } from 'astro/zod';
import './germanMessages.ts';
import { districtNames } from '../core/districts.ts';
import { berlinToUtc, todayInBerlin } from '../core/berlinTime.ts';
import { slugPattern, type CollectionName } from '../core/collections.ts';

export {
  collectionNames,
  fullyTranslatedCollections,
  germanOnlyCollections,
  isGermanOnly,
  slugPattern,
  type CollectionName,
} from '../core/collections.ts';

/**
 * What the CMS needs beyond the type, kept with the field it describes
 * (`admin/cmsConfig.ts` reads it): the widget, German labels for a fixed list,
 * the collection a reference points to, and how a field behaves across
 * languages – `translate` (written in each language), `german` (only in the
 * German file); everything else is the same in every language.
 */
export interface CmsMeta {
  widget?: 'date' | 'datetime' | 'text' | 'image';
  labels?: Record<string, string>;
  relation?: CollectionName;
  i18n?: 'translate' | 'german';
}
const cms = (meta: CmsMeta) => ({ cms: meta });

/** How a translation was made, from least to most checked; readers see it above the text. */
export const translationStatuses = ['maschinell-unterstuetzt', 'von-person', 'geprueft'] as const;
export type TranslationStatus = (typeof translationStatuses)[number];
const inEachLanguage = cms({ i18n: 'translate' });

/** A calendar date as `YYYY-MM-DD`. YAML reads an unquoted date as a Date (UTC midnight); both are accepted. */
const isoDate = z
  .preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z
      .string({ error: 'Datum im Format JJJJ-MM-TT angeben, z. B. 2026-03-14.' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT angeben, z. B. 2026-03-14.')
      .refine((value) => {
        const date = new Date(`${value}T00:00:00Z`);
        return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
      }, 'Dieses Datum gibt es nicht.'),
  )
  .meta(cms({ widget: 'date' }));

/**
 * A day something was done – a text changed, checked, reviewed: not before 2025 (the campaign's
 * texts were first written then; „1906“ is a typo) and not after today (Berlin).
 */
const dayDone = isoDate
  .refine(
    (value) => value >= '2025-01-01',
    'Das Datum liegt vor 2025 – die Texte der Kampagne sind von 2025 an. Bitte prüfen.',
  )
  .refine(
    (value) => value <= todayInBerlin(),
    'Das Datum liegt in der Zukunft. Bitte den Tag angeben, an dem es geschah.',
  )
  .meta(cms({ widget: 'date' }));

const httpsUrl = z.url({ protocol: /^https$/, error: 'Eine vollständige Adresse mit https:// angeben.' });

/** The four stations of every in-person event, numbered as on the day (see the campaign description). */
export const stationNumbers = [1, 2, 3, 4] as const;
const station = z
  .preprocess(
    // The CMS's select stores "1" as text; a number is what the site compares.
    (value) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value),
    z
      .number()
      .int()
      .refine((n) => (stationNumbers as readonly number[]).includes(n), 'Station 1, 2, 3 oder 4 angeben.'),
  )
  .meta(
    cms({
      labels: {
        '1': 'Station 1 – allgemeine und rechtliche Fragen',
        '2': 'Station 2 – noch unentschieden',
        '3': 'Station 3 – Informationen zur Ausbildung',
        '4': 'Station 4 – Weiterbildung',
      },
    }),
  );

const title = z.string().trim().min(1, 'Titel fehlt.').max(120, 'Titel höchstens 120 Zeichen.');
const description = z
  .string()
  .trim()
  .min(20, 'Kurzbeschreibung fehlt oder ist zu kurz (mindestens 20 Zeichen).')
  .max(240, 'Kurzbeschreibung höchstens 240 Zeichen – sie erscheint in Suchmaschinen und Link-Vorschauen.');

/**
 * How translations keep up with German: the German file's `updated` is the date of its
 * last change in substance; a translation's `translatedFrom` is the `updated` date of
 * the German text it was made from. Older → the reader is told, and the report lists it.
 */
const textVersion = {
  updated: dayDone
    .optional()
    .describe('Stand des Textes: Datum der letzten inhaltlichen Änderung (deutsche Fassung)')
    .meta(cms({ i18n: 'german' })),
  translatedFrom: dayDone
    .optional()
    .describe(
      'Übersetzt aus dem Stand vom: Datum („updated“) der deutschen Fassung, aus der übersetzt wurde (nur Übersetzungen)',
    )
    .meta(inEachLanguage),
  translationStatus: z
    .enum(translationStatuses)
    .optional()
    .describe(
      'Wie die Übersetzung entstanden ist: maschinell unterstützt (noch von keinem Menschen geprüft), von einer Person übersetzt, oder von einer Muttersprachlerin oder einem Muttersprachler geprüft (dann das Datum darunter). Leserinnen und Leser sehen das über dem Text (nur Übersetzungen).',
    )
    .meta(
      cms({
        i18n: 'translate',
        labels: {
          'maschinell-unterstuetzt': 'maschinell unterstützt, noch nicht von einem Menschen geprüft',
          'von-person': 'von einer Person übersetzt',
          geprueft: 'von einer Muttersprachlerin oder einem Muttersprachler geprüft',
        },
      }),
    ),
  reviewedOn: dayDone
    .optional()
    .describe(
      'Geprüft am: Datum der Prüfung durch eine Muttersprachlerin oder einen Muttersprachler (nur bei „geprüft“)',
    )
    .meta(inEachLanguage),
};

/** A translation marked as checked by a native speaker says when; readers see the date. */
const reviewDateGiven = (entry: { translationStatus?: string; reviewedOn?: string }) =>
  entry.translationStatus !== 'geprueft' || entry.reviewedOn !== undefined;
const reviewDateRule = {
  message: 'Bei „geprüft“ das Datum der Prüfung angeben (reviewedOn), z. B. 2026-12-03.',
  path: ['reviewedOn'],
};

const editorialNote = z
  .string()
  .trim()
  .min(1)
  .optional()
  .describe('Hinweis für die Redaktion: was noch fehlt oder zu prüfen ist (wird nicht angezeigt)')
  .meta(cms({ i18n: 'german' }));

const partnerReferences = z
  .array(z.string().regex(slugPattern, 'Dateiname eines Partners angeben, z. B. kausa-landesstelle-sachsen-anhalt.'))
  .default([])
  .meta(cms({ relation: 'partners' }));

const officialSource = z.object({
  title: z.string().trim().min(1).describe('Name der Quelle, z. B. „Berufsbildungsgesetz (BBiG)“'),
  url: httpsUrl.describe('Adresse der offiziellen Quelle'),
});

export const guideSchema = z
  .object({
    title: title.describe('Titel – am besten als Frage, die Leserinnen und Leser stellen').meta(inEachLanguage),
    description: description
      .describe('Zusammenfassung in einem Absatz; erscheint oben auf der Seite und in Link-Vorschauen')
      .meta(inEachLanguage),
    order: z.number().int().min(1).describe('Position in der Reihenfolge des Leitfadens (1 = zuerst lesen)'),
    lastChecked: dayDone.describe('Zuletzt fachlich geprüft am'),
    sources: z
      .array(officialSource)
      .min(1, 'Mindestens eine offizielle Quelle angeben.')
      .describe('Offizielle Quellen')
      .meta(inEachLanguage),
    stations: z.array(station).default([]).describe('Stationen, die zu diesem Thema beraten'),
    partners: partnerReferences.describe('Partner, die zu diesem Thema beraten'),
    editorialNote,
    ...textVersion,
  })
  .refine(reviewDateGiven, reviewDateRule);

/**
 * A German word readers meet in letters and at counters. `term` and `aliases`
 * are German in every language's file (readers look the word up as printed);
 * `translation` and `description` are in the file's language.
 */
export const glossarySchema = z
  .object({
    term: z
      .string()
      .trim()
      .min(1, 'Der deutsche Begriff fehlt.')
      .max(60)
      .describe('Der deutsche Begriff, so wie er in Briefen steht – in allen Sprachen gleich'),
    aliases: z
      .array(z.string().trim().min(2))
      .default([])
      .describe('Andere deutsche Formen: Mehrzahl, Abkürzung, Langform – in allen Sprachen gleich'),
    translation: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Übersetzung des Begriffs in die Sprache dieser Fassung (nicht in der deutschen Fassung)')
      .meta(inEachLanguage),
    description: z
      .string()
      .trim()
      .min(20, 'Erklärung fehlt oder ist zu kurz (mindestens 20 Zeichen).')
      .max(240, 'Erklärung höchstens 240 Zeichen – Einzelheiten gehören in den Text darunter.')
      .describe('Was das Wort bedeutet, in ein, zwei einfachen Sätzen')
      .meta(inEachLanguage),
    related: z
      .array(z.string().regex(slugPattern))
      .default([])
      .describe('Verwandte Begriffe (Dateinamen)')
      .meta(cms({ relation: 'glossary' })),
    sources: z
      .array(officialSource)
      .default([])
      .describe('Offizielle Quellen für Regeln, Beträge, Fristen')
      .meta(inEachLanguage),
    editorialNote,
    ...textVersion,
  })
  .refine(reviewDateGiven, reviewDateRule);

/** Leichte Sprache: German easy-language pages, a short series. */
export const easyLanguageSchema = z
  .object({
    title: title.describe('Titel in Leichter Sprache'),
    description: description.describe('Zusammenfassung in Leichter Sprache'),
    order: z.number().int().min(1).describe('Position in der Reihenfolge'),
    editorialNote,
    ...textVersion,
  })
  .refine(reviewDateGiven, reviewDateRule);

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
const localDateOrDateTime = z
  .preprocess(
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
  )
  .meta(cms({ widget: 'datetime' }));

const phoneNumber = z
  .string()
  .regex(/^\+?[0-9][0-9 /()-]{5,}$/, 'Telefonnummer mit Vorwahl angeben, z. B. +49 391 000000.');

const district = z
  .enum(districtNames, {
    error: `Landkreis oder kreisfreie Stadt aus der Liste wählen: ${districtNames.join(', ')}.`,
  })
  .describe('Landkreis oder kreisfreie Stadt');

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
  district,
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
    phone: phoneNumber.describe('Telefonnummer für die Anmeldung'),
  }),
]);

const recurrence = z
  .object({
    frequency: z.literal('weekly').describe('Wiederholung (wöchentlich)'),
    interval: z.number().int().min(1).max(4).default(1).describe('Alle wie viele Wochen'),
    until: isoDate.optional().describe('Letzter möglicher Termin (Datum)'),
    count: z.number().int().min(1).max(104).optional().describe('Anzahl der Termine: statt eines letzten Termins'),
    exceptions: z.array(isoDate).default([]).describe('Ausfallende Termine (Datum)'),
  })
  .refine((r) => r.until !== undefined || r.count !== undefined, {
    message: 'Eine Wiederholung braucht ein Ende: letzten Termin (until) oder Anzahl (count) angeben.',
    path: ['until'],
  });

export const eventSchema = z
  .object({
    title: title.describe('Titel der Veranstaltung').meta(inEachLanguage),
    description: description.describe('Kurzbeschreibung der Veranstaltung').meta(inEachLanguage),
    start: localDateOrDateTime
      .optional()
      .describe(
        'Beginn: Datum und Uhrzeit wie auf dem Plakat, z. B. 14.03.2027 16:00; nur das Datum, solange die Uhrzeit unbekannt ist; leer, solange der Termin noch nicht feststeht',
      ),
    end: localDateOrDateTime
      .optional()
      .describe('Ende: wie der Beginn, z. B. 14.03.2027 18:00 – mit Uhrzeit, wenn der Beginn eine hat'),
    recurrence: recurrence.optional().describe('Regelmäßiger Termin, z. B. die wöchentliche Online-Beratung'),
    format: z
      .enum(['in-person', 'online'])
      .describe('Präsenz oder online')
      .meta(cms({ labels: { 'in-person': 'Präsenz (vor Ort)', online: 'Online' } })),
    venue: venue.optional().describe('Veranstaltungsort (bei Präsenzveranstaltungen)'),
    accessibility: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Hinweise zur Barrierefreiheit, z. B. Aufzug, Gebärdensprache')
      .meta(inEachLanguage),
    languages: z.array(z.enum(eventLanguages)).default([]).describe('Sprachen mit Sprachmittlung oder Beratung'),
    stations: z.array(station).default([]).describe('Angebotene Stationen'),
    partners: partnerReferences.describe('Beteiligte Partner'),
    registration: registration.optional().describe('Anmeldung: leer lassen, solange unbekannt'),
    capacity: z.number().int().min(1).optional().describe('Höchstzahl der Teilnehmenden'),
    status: z
      .enum(['scheduled', 'fully-booked', 'postponed', 'cancelled'])
      .default('scheduled')
      .describe('Status')
      .meta(
        cms({
          labels: {
            scheduled: 'findet statt',
            'fully-booked': 'ausgebucht',
            postponed: 'verschoben',
            cancelled: 'abgesagt',
          },
        }),
      ),
    statusNote: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Hinweis zum Status, z. B. neuer Termin')
      .meta(inEachLanguage),
    editorialNote,
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

/** What partners advise on, beyond the four stations; labels per language live in the UI strings (`topics.*`). */
export const partnerTopics = [
  'aufenthalt',
  'berufsorientierung',
  'ausbildung',
  'geld',
  'anerkennung',
  'weiterbildung',
  'sprache',
  'arbeitsrechte',
  'familien',
] as const;

/**
 * How far an organisation's advice reaches: the whole state, some districts
 * (a chamber, an employment agency), or one office in each district (the
 * Ausländerbehörde of every Landkreis and kreisfreie Stadt).
 */
export const partnerCoverages = ['landesweit', 'regional', 'jeder-kreis'] as const;

/**
 * Where a contact detail was read, and when: readers see both next to it. Contact
 * details are only ever copied from the organisation's own published pages.
 */
const contactSource = z
  .object({
    url: httpsUrl.describe('Seite der Organisation, auf der diese Kontaktdaten stehen (https)'),
    checked: dayDone.describe('Geprüft am: wann die Kontaktdaten zuletzt mit dieser Seite verglichen wurden'),
  })
  .optional()
  .describe(
    'Quelle der Kontaktdaten – Pflicht, sobald E-Mail, Telefon, WhatsApp, Anschrift oder Öffnungszeiten eingetragen sind',
  );

/** Contact details: only what is certain; empty fields make the page say where to ask instead. */
const contact = {
  website: httpsUrl.optional().describe('Offizielle Website – nur eintragen, wenn die Adresse sicher stimmt'),
  email: z
    .email('Eine gültige E-Mail-Adresse angeben, z. B. beratung@example.org.')
    .optional()
    .describe('E-Mail-Adresse'),
  phone: phoneNumber.optional().describe('Telefonnummer mit Vorwahl'),
  address: z
    .object({
      street: z.string().trim().min(1, 'Straße und Hausnummer fehlen.').describe('Straße und Hausnummer'),
      postalCode: z
        .string()
        .regex(/^\d{5}$/, 'Postleitzahl mit fünf Ziffern angeben.')
        .describe('Postleitzahl'),
      town: z.string().trim().min(1, 'Ort fehlt.').describe('Ort'),
    })
    .optional()
    .describe('Anschrift für Besuche'),
  whatsapp: phoneNumber
    .optional()
    .describe('WhatsApp-Nummer, die die Organisation selbst für Anfragen nennt (für die vorbereitete Nachricht)'),
  openingHours: z
    .string()
    .trim()
    .min(3)
    .optional()
    .describe('Öffnungs- oder Sprechzeiten, wie die Organisation sie nennt, z. B. „Mo–Do 9–15 Uhr“ (deutsch)'),
  contactSource,
};

type ContactData = {
  email?: string;
  phone?: string;
  whatsapp?: string;
  address?: object;
  openingHours?: string;
  contactSource?: object;
};
/** Every contact detail has its source: a phone number without one could be a guess. */
const contactSourced = (c: ContactData) =>
  c.contactSource !== undefined ||
  [c.email, c.phone, c.whatsapp, c.address, c.openingHours].every((v) => v === undefined);
const contactSourceRule = {
  message:
    'Kontaktdaten nur mit Quelle: unter „Quelle der Kontaktdaten“ die Seite der Organisation (https) und das Prüfdatum angeben.',
  path: ['contactSource'],
};

/** A national hotline readers can call (e.g. the Berufsberatung's), as its operator publishes it. */
const hotline = z.object({
  name: z.string().trim().min(3).describe('Name des Angebots, wie der Betreiber es nennt (deutsch)'),
  phone: phoneNumber.describe('Telefonnummer, wie der Betreiber sie nennt'),
  hours: z.string().trim().min(3).optional().describe('Erreichbarkeit, wie der Betreiber sie nennt (deutsch)'),
  source: httpsUrl.describe('Seite des Betreibers, auf der die Nummer steht (https)'),
  checked: dayDone.describe('Geprüft am'),
});

/** A logo uploaded through the CMS; the text mark stands in until there is one. */
const logo = z
  .object({
    src: z
      .string()
      .meta(cms({ widget: 'image' }))
      .regex(
        /^\/uploads\/[a-z0-9][a-z0-9._-]*\.(png|jpe?g|webp)$/,
        'Logo als PNG, JPG oder WebP unter /uploads/ hochladen (Dateiname klein, ohne Leerzeichen).',
      )
      .describe('Logo-Datei'),
    alt: z
      .string()
      .trim()
      .min(3, 'Alternativtext fehlt: Was zeigt das Logo? Auf Deutsch, z. B. „Logo der Handwerkskammer Magdeburg“.')
      .describe('Alternativtext: was das Logo zeigt, auf Deutsch'),
  })
  .optional()
  .describe('Logo (optional)');

export const partnerSchema = z
  .object({
    name: z.string().trim().min(1, 'Name fehlt.').describe('Name der Organisation, wie sie sich selbst schreibt'),
    shortName: z
      .string()
      .trim()
      .min(2)
      .max(12, 'Kurzname höchstens 12 Zeichen – er steht im Schriftzeichen statt eines Logos.')
      .optional()
      .describe('Kurzname oder Abkürzung, z. B. „LAMSA“ – erscheint als Schriftzeichen, solange es kein Logo gibt'),
    description: description
      .describe('Was die Organisation für Leserinnen und Leser tut, in einfachen Worten')
      .meta(inEachLanguage),
    coverage: z
      .enum(partnerCoverages)
      .default('landesweit')
      .meta(
        cms({
          labels: {
            landesweit: 'ganz Sachsen-Anhalt',
            regional: 'einige Landkreise (unten wählen)',
            'jeder-kreis': 'eine eigene Stelle in jedem Landkreis',
          },
        }),
      )
      .describe('Zuständig für: ganz Sachsen-Anhalt, einige Landkreise oder eine Stelle in jedem Landkreis'),
    districts: z
      .array(district)
      .default([])
      .describe(
        'Zuständige Landkreise: nur bei „regional“ – die Landkreise und kreisfreien Städte, für die die Organisation zuständig ist',
      ),
    offices: z
      .array(z.object({ district, ...contact }).refine(contactSourced, contactSourceRule))
      .default([])
      .describe(
        'Stellen in den Landkreisen: nur bei „jeder-kreis“ – Kontakt der Stelle in einem Landkreis, sobald bekannt',
      ),
    stations: z.array(station).default([]).describe('Stationen, zu deren Fragen die Organisation berät'),
    topics: z.array(z.enum(partnerTopics)).default([]).describe('Themen der Beratung'),
    languages: z
      .array(z.enum(eventLanguages))
      .default([])
      .describe('Sprachen, in denen die Organisation sicher berät (leer lassen, solange unbekannt)'),
    ...contact,
    hotlines: z
      .array(hotline)
      .default([])
      .describe('Landesweite oder bundesweite Telefonnummern, z. B. der Berufsberatung – nur mit Quelle'),
    sources: z
      .array(officialSource)
      .default([])
      .describe('Quellen für die Angaben im Text (offizielle Seiten der Organisation)')
      .meta(inEachLanguage),
    logo,
    editorialNote,
    ...textVersion,
  })
  .refine((p) => p.coverage !== 'regional' || p.districts.length > 0, {
    message: 'Bei „regional“ die zuständigen Landkreise und kreisfreien Städte angeben.',
    path: ['districts'],
  })
  .refine((p) => p.coverage === 'regional' || p.districts.length === 0, {
    message: 'Landkreise nur bei „regional“ angeben.',
    path: ['districts'],
  })
  .refine((p) => p.coverage === 'jeder-kreis' || p.offices.length === 0, {
    message: 'Stellen je Landkreis nur bei „jeder-kreis“ angeben.',
    path: ['offices'],
  })
  .refine((p) => new Set(p.offices.map((o) => o.district)).size === p.offices.length, {
    message: 'Jeden Landkreis nur einmal als Stelle angeben.',
    path: ['offices'],
  })
  .refine(contactSourced, contactSourceRule)
  .refine(reviewDateGiven, reviewDateRule);

/**
 * One of the four stations of every in-person event. The file name is its
 * number (`content/stations/de/1.md`); there are exactly four.
 */
export const stationSchema = z
  .object({
    title: title
      .describe(
        'Der Satz der Station, wie er auf der Veranstaltung steht, z. B. „Ich habe allgemeine und rechtliche Fragen.“',
      )
      .meta(inEachLanguage),
    description: description.describe('Wobei die Station hilft, in ein, zwei Sätzen').meta(inEachLanguage),
    questions: z
      .array(z.string().trim().min(5, 'Frage fehlt oder ist zu kurz.'))
      .min(2, 'Mindestens zwei typische Fragen angeben.')
      .max(8, 'Höchstens acht typische Fragen.')
      .describe('Typische Fragen, mit denen Menschen zu dieser Station kommen')
      .meta(inEachLanguage),
    guides: z
      .array(z.string().regex(slugPattern, 'Dateiname einer Leitfaden-Seite angeben, z. B. aufenthalt-und-ausbildung.'))
      .default([])
      .describe('Leitfaden-Seiten, die die ersten Fragen beantworten (Dateinamen)')
      .meta(cms({ relation: 'guides' })),
    editorialNote,
    ...textVersion,
  })
  .refine(reviewDateGiven, reviewDateRule);

export const pageSchema = z
  .object({
    title: title.describe('Seitentitel').meta(inEachLanguage),
    description: description.describe('Kurzbeschreibung für Suchmaschinen und Link-Vorschauen').meta(inEachLanguage),
    legal: z
      .boolean()
      .default(false)
      .describe('Rechtstext: nur die deutsche Fassung ist verbindlich (Übersetzungen sagen das)'),
    sources: z.array(officialSource).default([]).describe('Offizielle Quellen').meta(inEachLanguage),
    editorialNote,
    ...textVersion,
  })
  .refine(reviewDateGiven, reviewDateRule);

export const schemas = {
  guides: guideSchema,
  glossary: glossarySchema,
  events: eventSchema,
  partners: partnerSchema,
  stations: stationSchema,
  pages: pageSchema,
  'leichte-sprache': easyLanguageSchema,
} as const satisfies Record<CollectionName, z.ZodType>;
