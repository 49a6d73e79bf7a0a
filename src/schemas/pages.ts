/** Single pages: the parents' page, the campaign page, the legal pages. */
import { z } from 'astro/zod';
import { withCms } from './cmsMeta.ts';
import {
  description,
  editorialNote,
  officialSource,
  reviewDateGiven,
  reviewDateRule,
  textVersion,
  title,
} from './fields.ts';

export const pageSchema = z
  .object({
    title: withCms(title, { label: 'Seitentitel', i18n: 'translate' }),
    description: withCms(description, {
      label: 'Kurzbeschreibung für Suchmaschinen und Link-Vorschauen',
      i18n: 'translate',
    }),
    legal: withCms(z.boolean().default(false), {
      label: 'Rechtstext',
      hint: 'nur die deutsche Fassung ist verbindlich (Übersetzungen sagen das)',
    }),
    sources: withCms(z.array(officialSource).default([]), { label: 'Offizielle Quellen', i18n: 'translate' }),
    editorialNote,
    ...textVersion,
  })
  .refine(reviewDateGiven, reviewDateRule);
