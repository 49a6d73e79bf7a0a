/**
 * Organisations that advise: what they do, how far their advice reaches, and contact details –
 * only what is certain, each with the page it was read from.
 */
import { z } from 'astro/zod';
import { withCms } from './cmsMeta.ts';
import {
  dayDone,
  description,
  district,
  editorialNote,
  eventLanguages,
  httpsUrl,
  officialSource,
  phoneNumber,
  postalCode,
  reviewDateGiven,
  reviewDateRule,
  station,
  textVersion,
} from './fields.ts';

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
const contactSource = withCms(
  z
    .object({
      url: withCms(httpsUrl, { label: 'Seite der Organisation, auf der diese Kontaktdaten stehen (https)' }),
      checked: withCms(dayDone, {
        label: 'Geprüft am',
        hint: 'wann die Kontaktdaten zuletzt mit dieser Seite verglichen wurden',
      }),
    })
    .optional(),
  {
    label: 'Quelle der Kontaktdaten',
    hint: 'Pflicht, sobald E-Mail, Telefon, WhatsApp, Anschrift oder Öffnungszeiten eingetragen sind',
  },
);

/** Contact details: only what is certain; empty fields make the page say where to ask instead. */
const contact = {
  website: withCms(httpsUrl.optional(), {
    label: 'Offizielle Website',
    hint: 'nur eintragen, wenn die Adresse sicher stimmt',
  }),
  email: withCms(z.email('Eine gültige E-Mail-Adresse angeben, z. B. beratung@example.org.').optional(), {
    label: 'E-Mail-Adresse',
  }),
  phone: withCms(phoneNumber.optional(), { label: 'Telefonnummer mit Vorwahl' }),
  address: withCms(
    z
      .object({
        street: withCms(z.string().trim().min(1, 'Straße und Hausnummer fehlen.'), { label: 'Straße und Hausnummer' }),
        postalCode: withCms(postalCode, { label: 'Postleitzahl' }),
        town: withCms(z.string().trim().min(1, 'Ort fehlt.'), { label: 'Ort' }),
      })
      .optional(),
    { label: 'Anschrift für Besuche' },
  ),
  whatsapp: withCms(phoneNumber.optional(), {
    label: 'WhatsApp-Nummer, die die Organisation selbst für Anfragen nennt (für die vorbereitete Nachricht)',
  }),
  openingHours: withCms(z.string().trim().min(3).optional(), {
    label: 'Öffnungs- oder Sprechzeiten, wie die Organisation sie nennt, z. B. „Mo–Do 9–15 Uhr“ (deutsch)',
  }),
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
  name: withCms(z.string().trim().min(3), { label: 'Name des Angebots, wie der Betreiber es nennt (deutsch)' }),
  phone: withCms(phoneNumber, { label: 'Telefonnummer, wie der Betreiber sie nennt' }),
  hours: withCms(z.string().trim().min(3).optional(), {
    label: 'Erreichbarkeit, wie der Betreiber sie nennt (deutsch)',
  }),
  source: withCms(httpsUrl, { label: 'Seite des Betreibers, auf der die Nummer steht (https)' }),
  checked: withCms(dayDone, { label: 'Geprüft am' }),
});

/** A logo uploaded through the CMS; the text mark stands in until there is one. */
const logo = withCms(
  z
    .object({
      src: withCms(
        z
          .string()
          .regex(
            /^\/uploads\/[a-z0-9][a-z0-9._-]*\.(png|jpe?g|webp)$/,
            'Logo als PNG, JPG oder WebP unter /uploads/ hochladen (Dateiname klein, ohne Leerzeichen).',
          ),
        { label: 'Logo-Datei', widget: 'image' },
      ),
      alt: withCms(
        z
          .string()
          .trim()
          .min(3, 'Alternativtext fehlt: Was zeigt das Logo? Auf Deutsch, z. B. „Logo der Handwerkskammer Magdeburg“.'),
        { label: 'Alternativtext', hint: 'was das Logo zeigt, auf Deutsch' },
      ),
    })
    .optional(),
  { label: 'Logo (optional)' },
);

export const partnerSchema = z
  .object({
    name: withCms(z.string().trim().min(1, 'Name fehlt.'), {
      label: 'Name der Organisation, wie sie sich selbst schreibt',
    }),
    shortName: withCms(
      z
        .string()
        .trim()
        .min(2)
        .max(12, 'Kurzname höchstens 12 Zeichen – er steht im Schriftzeichen statt eines Logos.')
        .optional(),
      {
        label: 'Kurzname oder Abkürzung, z. B. „LAMSA“',
        hint: 'erscheint als Schriftzeichen, solange es kein Logo gibt',
      },
    ),
    description: withCms(description, {
      label: 'Was die Organisation für Leserinnen und Leser tut, in einfachen Worten',
      i18n: 'translate',
    }),
    coverage: withCms(z.enum(partnerCoverages).default('landesweit'), {
      label: 'Zuständig für',
      hint: 'ganz Sachsen-Anhalt, einige Landkreise oder eine Stelle in jedem Landkreis',
      labels: {
        landesweit: 'ganz Sachsen-Anhalt',
        regional: 'einige Landkreise (unten wählen)',
        'jeder-kreis': 'eine eigene Stelle in jedem Landkreis',
      },
    }),
    districts: withCms(z.array(district).default([]), {
      label: 'Zuständige Landkreise',
      hint: 'nur bei „regional“ – die Landkreise und kreisfreien Städte, für die die Organisation zuständig ist',
    }),
    offices: withCms(
      z.array(z.object({ district, ...contact }).refine(contactSourced, contactSourceRule)).default([]),
      {
        label: 'Stellen in den Landkreisen',
        hint: 'nur bei „jeder-kreis“ – Kontakt der Stelle in einem Landkreis, sobald bekannt',
      },
    ),
    stations: withCms(z.array(station).default([]), { label: 'Stationen, zu deren Fragen die Organisation berät' }),
    topics: withCms(z.array(z.enum(partnerTopics)).default([]), { label: 'Themen der Beratung' }),
    languages: withCms(z.array(z.enum(eventLanguages)).default([]), {
      label: 'Sprachen, in denen die Organisation sicher berät (leer lassen, solange unbekannt)',
    }),
    ...contact,
    hotlines: withCms(z.array(hotline).default([]), {
      label: 'Landesweite oder bundesweite Telefonnummern, z. B. der Berufsberatung',
      hint: 'nur mit Quelle',
    }),
    sources: withCms(z.array(officialSource).default([]), {
      label: 'Quellen für die Angaben im Text (offizielle Seiten der Organisation)',
      i18n: 'translate',
    }),
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
