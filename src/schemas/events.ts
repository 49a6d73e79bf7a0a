/**
 * Events: a date (or none yet), a place or online, what is offered, how to register. Start and end
 * are Berlin wall time as on the poster (`src/core/berlinTime.ts`); a weekly event repeats.
 */
import { z } from 'astro/zod';
import { withCms } from './cmsMeta.ts';
import {
  calendarDate,
  description,
  district,
  editorialNote,
  eventLanguages,
  httpsUrl,
  localDateOrDateTime,
  partnerReferences,
  phoneNumber,
  postalCode,
  station,
  title,
} from './fields.ts';

const venue = z.object({
  name: withCms(z.string().trim().min(1, 'Name des Veranstaltungsorts fehlt.'), {
    label: 'Name des Hauses, z. B. „Jugendberufsagentur Magdeburg“',
  }),
  street: withCms(z.string().trim().min(1).optional(), { label: 'Straße und Hausnummer' }),
  postalCode: withCms(postalCode.optional(), { label: 'Postleitzahl' }),
  town: withCms(z.string().trim().min(1, 'Ort fehlt.'), { label: 'Ort' }),
  district,
});

const registration = withCms(
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('none') }),
    z.object({ type: z.literal('link'), url: withCms(httpsUrl, { label: 'Anmeldeseite (https)' }) }),
    z.object({
      type: z.literal('email'),
      email: withCms(z.email('Eine gültige E-Mail-Adresse angeben.'), { label: 'E-Mail-Adresse für die Anmeldung' }),
    }),
    z.object({
      type: z.literal('phone'),
      phone: withCms(phoneNumber, { label: 'Telefonnummer für die Anmeldung' }),
    }),
  ]),
  {
    labels: {
      none: 'keine Anmeldung nötig',
      link: 'Anmeldung über eine Website',
      email: 'Anmeldung per E-Mail',
      phone: 'Anmeldung per Telefon',
    },
  },
);

const recurrence = z
  .object({
    frequency: withCms(z.literal('weekly'), { label: 'Wiederholung (wöchentlich)' }),
    interval: withCms(z.number().int().min(1).max(4).default(1), { label: 'Alle wie viele Wochen' }),
    until: withCms(calendarDate.optional(), { label: 'Letzter möglicher Termin (Datum)' }),
    count: withCms(z.number().int().min(1).max(104).optional(), {
      label: 'Anzahl der Termine',
      hint: 'statt eines letzten Termins',
    }),
    exceptions: withCms(z.array(calendarDate).default([]), { label: 'Ausfallende Termine (Datum)' }),
  })
  .refine((r) => r.until !== undefined || r.count !== undefined, {
    message: 'Eine Wiederholung braucht ein Ende: letzten Termin (until) oder Anzahl (count) angeben.',
    path: ['until'],
  });

export const eventSchema = z
  .object({
    title: withCms(title, { label: 'Titel der Veranstaltung', i18n: 'translate' }),
    description: withCms(description, { label: 'Kurzbeschreibung der Veranstaltung', i18n: 'translate' }),
    start: withCms(localDateOrDateTime.optional(), {
      label: 'Beginn',
      hint: 'Datum und Uhrzeit wie auf dem Plakat, z. B. 14.03.2027 16:00; nur das Datum, solange die Uhrzeit unbekannt ist; leer, solange der Termin noch nicht feststeht',
    }),
    end: withCms(localDateOrDateTime.optional(), {
      label: 'Ende',
      hint: 'wie der Beginn, z. B. 14.03.2027 18:00 – mit Uhrzeit, wenn der Beginn eine hat',
    }),
    recurrence: withCms(recurrence.optional(), {
      label: 'Regelmäßiger Termin, z. B. die wöchentliche Online-Beratung',
    }),
    format: withCms(z.enum(['in-person', 'online']), {
      label: 'Präsenz oder online',
      labels: { 'in-person': 'Präsenz (vor Ort)', online: 'Online' },
    }),
    venue: withCms(venue.optional(), { label: 'Veranstaltungsort (bei Präsenzveranstaltungen)' }),
    accessibility: withCms(z.string().trim().min(1).optional(), {
      label: 'Hinweise zur Barrierefreiheit, z. B. Aufzug, Gebärdensprache',
      i18n: 'translate',
    }),
    languages: withCms(z.array(z.enum(eventLanguages)).default([]), {
      label: 'Sprachen mit Sprachmittlung oder Beratung',
    }),
    stations: withCms(z.array(station).default([]), { label: 'Angebotene Stationen' }),
    partners: withCms(partnerReferences, { label: 'Beteiligte Partner' }),
    registration: withCms(registration.optional(), {
      label: 'Anmeldung',
      hint: 'leer lassen, solange unbekannt',
    }),
    capacity: withCms(z.number().int().min(1).optional(), { label: 'Höchstzahl der Teilnehmenden' }),
    status: withCms(z.enum(['scheduled', 'fully-booked', 'postponed', 'cancelled']).default('scheduled'), {
      label: 'Status',
      labels: {
        scheduled: 'findet statt',
        'fully-booked': 'ausgebucht',
        postponed: 'verschoben',
        cancelled: 'abgesagt',
      },
    }),
    statusNote: withCms(z.string().trim().min(1).optional(), {
      label: 'Hinweis zum Status, z. B. neuer Termin',
      i18n: 'translate',
    }),
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
