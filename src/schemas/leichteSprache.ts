/** Leichte Sprache: German easy-language pages, a short series (German only, see `src/core/collections.ts`). */
import { z } from 'astro/zod';
import { withCms } from './cmsMeta.ts';
import { description, editorialNote, reviewDateGiven, reviewDateRule, textVersion, title } from './fields.ts';

export const easyLanguageSchema = z
  .object({
    title: withCms(title, { label: 'Titel in Leichter Sprache' }),
    description: withCms(description, { label: 'Zusammenfassung in Leichter Sprache' }),
    order: withCms(z.number().int().min(1), { label: 'Position in der Reihenfolge' }),
    editorialNote,
    ...textVersion,
  })
  .refine(reviewDateGiven, reviewDateRule);
