/**
 * A German word readers meet in letters and at counters. `term` and `aliases`
 * are German in every language's file (readers look the word up as printed);
 * `translation` and `description` are in the file's language.
 */
import { z } from 'astro/zod';
import { slugPattern } from '../core/collections.ts';
import { withCms } from './cmsMeta.ts';
import { editorialNote, officialSource, reviewDateGiven, reviewDateRule, textVersion } from './fields.ts';

export const glossarySchema = z
  .object({
    term: withCms(z.string().trim().min(1, 'Der deutsche Begriff fehlt.').max(60), {
      label: 'Der deutsche Begriff, so wie er in Briefen steht',
      hint: 'in allen Sprachen gleich',
    }),
    aliases: withCms(z.array(z.string().trim().min(2)).default([]), {
      label: 'Andere deutsche Formen',
      hint: 'Mehrzahl, Abkürzung, Langform – in allen Sprachen gleich',
    }),
    translation: withCms(z.string().trim().min(1).optional(), {
      label: 'Übersetzung des Begriffs in die Sprache dieser Fassung (nicht in der deutschen Fassung)',
      i18n: 'translate',
    }),
    description: withCms(
      z
        .string()
        .trim()
        .min(20, 'Erklärung fehlt oder ist zu kurz (mindestens 20 Zeichen).')
        .max(240, 'Erklärung höchstens 240 Zeichen – Einzelheiten gehören in den Text darunter.'),
      { label: 'Was das Wort bedeutet, in ein, zwei einfachen Sätzen', widget: 'multiline', i18n: 'translate' },
    ),
    related: withCms(z.array(z.string().regex(slugPattern)).default([]), {
      label: 'Verwandte Begriffe (Dateinamen)',
      relation: 'glossary',
    }),
    sources: withCms(z.array(officialSource).default([]), {
      label: 'Offizielle Quellen für Regeln, Beträge, Fristen',
      i18n: 'translate',
    }),
    editorialNote,
    ...textVersion,
  })
  .refine(reviewDateGiven, reviewDateRule);
