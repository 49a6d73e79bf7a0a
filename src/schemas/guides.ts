/** The training-system guide: seven parts, read in order, each checked against official sources. */
import { z } from 'astro/zod';
import { withCms } from './cmsMeta.ts';
import {
  dayDone,
  description,
  editorialNote,
  officialSource,
  partnerReferences,
  reviewDateGiven,
  reviewDateRule,
  station,
  textVersion,
  title,
} from './fields.ts';

export const guideSchema = z
  .object({
    title: withCms(title, {
      label: 'Titel',
      hint: 'am besten als Frage, die Leserinnen und Leser stellen',
      i18n: 'translate',
    }),
    description: withCms(description, {
      label: 'Zusammenfassung in einem Absatz; erscheint oben auf der Seite und in Link-Vorschauen',
      i18n: 'translate',
    }),
    order: withCms(z.number().int().min(1), { label: 'Position in der Reihenfolge des Leitfadens (1 = zuerst lesen)' }),
    lastChecked: withCms(dayDone, { label: 'Zuletzt fachlich geprüft am' }),
    sources: withCms(z.array(officialSource).min(1, 'Mindestens eine offizielle Quelle angeben.'), {
      label: 'Offizielle Quellen',
      i18n: 'translate',
    }),
    stations: withCms(z.array(station).default([]), { label: 'Stationen, die zu diesem Thema beraten' }),
    partners: withCms(partnerReferences, { label: 'Partner, die zu diesem Thema beraten' }),
    editorialNote,
    ...textVersion,
  })
  .refine(reviewDateGiven, reviewDateRule);
