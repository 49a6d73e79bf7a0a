/**
 * The fields several collections share – titles, dates, stations, sources, the text's version –
 * with their German messages. Error messages are German: editors read them at the field in the
 * CMS and in build errors. Labels and hints for the CMS are in the registry of `cmsMeta.ts`.
 */
import { z } from 'astro/zod';
import './germanMessages.ts';
import { berlinToUtc, todayInBerlin } from '../core/berlinTime.ts';
import { calendarDatePattern, isCalendarDate } from '../core/calendarDate.ts';
import { slugPattern } from '../core/collections.ts';
import { districtNames } from '../core/districts.ts';
import { withCms } from './cmsMeta.ts';

/** YAML reads an unquoted date as a Date (UTC midnight); the schemas compare the `YYYY-MM-DD` it was written as. */
const asWritten = (value: unknown) =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;

const noSuchDate = 'Dieses Datum gibt es nicht.';

/** A calendar date as `YYYY-MM-DD` that exists (the one rule: `src/core/calendarDate.ts`). */
export const calendarDate = withCms(
  z.preprocess(
    asWritten,
    z
      .string({ error: 'Datum im Format JJJJ-MM-TT angeben, z. B. 2026-03-14.' })
      .regex(calendarDatePattern, 'Datum im Format JJJJ-MM-TT angeben, z. B. 2026-03-14.')
      .refine(isCalendarDate, noSuchDate),
  ),
  { widget: 'date' },
);

/**
 * A day something was done – a text changed, checked, reviewed: not before 2025 (the campaign's
 * texts were first written then; „1906“ is a typo) and not after today (Berlin).
 */
export const dayDone = calendarDate
  .refine(
    (value) => value >= '2025-01-01',
    'Das Datum liegt vor 2025 – die Texte der Kampagne sind von 2025 an. Bitte prüfen.',
  )
  .refine(
    (value) => value <= todayInBerlin(),
    'Das Datum liegt in der Zukunft. Bitte den Tag angeben, an dem es geschah.',
  );

/** A Berlin calendar date, or a date with Berlin wall time (`2026-03-14T16:00`). */
export const localDateOrDateTime = withCms(
  z.preprocess(
    asWritten,
    z
      .string({ error: 'Datum (JJJJ-MM-TT) oder Datum mit Uhrzeit (JJJJ-MM-TTTHH:MM) angeben.' })
      .superRefine((value, ctx) => {
        if (calendarDatePattern.test(value)) {
          if (!isCalendarDate(value)) ctx.addIssue({ code: 'custom', message: noSuchDate });
          return;
        }
        try {
          berlinToUtc(value);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      }),
  ),
  { widget: 'datetime' },
);

export const httpsUrl = z.url({ protocol: /^https$/, error: 'Eine vollständige Adresse mit https:// angeben.' });

export const phoneNumber = z
  .string()
  .regex(/^\+?[0-9][0-9 /()-]{5,}$/, 'Telefonnummer mit Vorwahl angeben, z. B. +49 391 000000.');

export const postalCode = z.string().regex(/^\d{5}$/, 'Postleitzahl mit fünf Ziffern angeben.');

export const district = withCms(
  z.enum(districtNames, {
    error: `Landkreis oder kreisfreie Stadt aus der Liste wählen: ${districtNames.join(', ')}.`,
  }),
  { label: 'Landkreis oder kreisfreie Stadt' },
);

/** The four stations of every in-person event, numbered as on the day (see the campaign description). */
export const stationNumbers = [1, 2, 3, 4] as const;
export const station = withCms(
  z.preprocess(
    // The CMS's select stores "1" as text; a number is what the site compares.
    (value) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value),
    z
      .number()
      .int()
      .refine((n) => (stationNumbers as readonly number[]).includes(n), 'Station 1, 2, 3 oder 4 angeben.'),
  ),
  {
    labels: {
      '1': 'Station 1 – allgemeine und rechtliche Fragen',
      '2': 'Station 2 – noch unentschieden',
      '3': 'Station 3 – Informationen zur Ausbildung',
      '4': 'Station 4 – Weiterbildung',
    },
  },
);

/**
 * Languages in which an event offers talks or interpreters, or a partner advises (ISO 639 codes).
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

export const title = z.string().trim().min(1, 'Titel fehlt.').max(120, 'Titel höchstens 120 Zeichen.');

/** A summary in a paragraph: search engines and link previews show it. */
export const description = withCms(
  z
    .string()
    .trim()
    .min(20, 'Kurzbeschreibung fehlt oder ist zu kurz (mindestens 20 Zeichen).')
    .max(240, 'Kurzbeschreibung höchstens 240 Zeichen – sie erscheint in Suchmaschinen und Link-Vorschauen.'),
  { widget: 'multiline' },
);

export const editorialNote = withCms(z.string().trim().min(1).optional(), {
  label: 'Hinweis für die Redaktion',
  hint: 'was noch fehlt oder zu prüfen ist (wird nicht angezeigt)',
  widget: 'multiline',
  i18n: 'german',
});

export const partnerReferences = withCms(
  z
    .array(z.string().regex(slugPattern, 'Dateiname eines Partners angeben, z. B. kausa-landesstelle-sachsen-anhalt.'))
    .default([]),
  { relation: 'partners' },
);

export const officialSource = z.object({
  title: withCms(z.string().trim().min(1), { label: 'Name der Quelle, z. B. „Berufsbildungsgesetz (BBiG)“' }),
  url: withCms(httpsUrl, { label: 'Adresse der offiziellen Quelle' }),
});

/** How a translation was made, from least to most checked; readers see it above the text. */
export const translationStatuses = ['maschinell-unterstuetzt', 'von-person', 'geprueft'] as const;
export type TranslationStatus = (typeof translationStatuses)[number];

/**
 * How translations keep up with German: the German file's `updated` is the date of its
 * last change in substance; a translation's `translatedFrom` is the `updated` date of
 * the German text it was made from. Older → the reader is told, and the report lists it.
 */
export const textVersion = {
  updated: withCms(dayDone.optional(), {
    label: 'Stand des Textes',
    hint: 'Datum der letzten inhaltlichen Änderung (deutsche Fassung)',
    widget: 'text-version',
    i18n: 'german',
  }),
  translatedFrom: withCms(dayDone.optional(), {
    label: 'Übersetzt aus dem Stand vom',
    hint: 'Datum („updated“) der deutschen Fassung, aus der übersetzt wurde (nur Übersetzungen)',
    widget: 'translated-from',
    i18n: 'translate',
  }),
  translationStatus: withCms(z.enum(translationStatuses).optional(), {
    label: 'Wie die Übersetzung entstanden ist',
    hint: 'maschinell unterstützt (noch von keinem Menschen geprüft), von einer Person übersetzt, oder von einer Muttersprachlerin oder einem Muttersprachler geprüft (dann das Datum darunter). Leserinnen und Leser sehen das über dem Text (nur Übersetzungen).',
    i18n: 'translate',
    labels: {
      'maschinell-unterstuetzt': 'maschinell unterstützt, noch nicht von einem Menschen geprüft',
      'von-person': 'von einer Person übersetzt',
      geprueft: 'von einer Muttersprachlerin oder einem Muttersprachler geprüft',
    },
  }),
  reviewedOn: withCms(dayDone.optional(), {
    label: 'Geprüft am',
    hint: 'Datum der Prüfung durch eine Muttersprachlerin oder einen Muttersprachler (nur bei „geprüft“)',
    i18n: 'translate',
  }),
};

/** A translation marked as checked by a native speaker says when; readers see the date. */
export const reviewDateGiven = (entry: { translationStatus?: string; reviewedOn?: string }) =>
  entry.translationStatus !== 'geprueft' || entry.reviewedOn !== undefined;
export const reviewDateRule = {
  message: 'Bei „geprüft“ das Datum der Prüfung angeben (reviewedOn), z. B. 2026-12-03.',
  path: ['reviewedOn'],
};
