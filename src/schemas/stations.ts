/**
 * One of the four stations of every in-person event. The file name is its
 * number (`content/stations/de/1.md`); there are exactly four.
 */
import { z } from 'astro/zod';
import { slugPattern } from '../core/collections.ts';
import { withCms } from './cmsMeta.ts';
import { description, editorialNote, reviewDateGiven, reviewDateRule, textVersion, title } from './fields.ts';

export const stationSchema = z
  .object({
    title: withCms(title, {
      label:
        'Der Satz der Station, wie er auf der Veranstaltung steht, z. B. „Ich habe allgemeine und rechtliche Fragen.“',
      i18n: 'translate',
    }),
    description: withCms(description, { label: 'Wobei die Station hilft, in ein, zwei Sätzen', i18n: 'translate' }),
    questions: withCms(
      z
        .array(z.string().trim().min(5, 'Frage fehlt oder ist zu kurz.'))
        .min(2, 'Mindestens zwei typische Fragen angeben.')
        .max(8, 'Höchstens acht typische Fragen.'),
      { label: 'Typische Fragen, mit denen Menschen zu dieser Station kommen', i18n: 'translate' },
    ),
    guides: withCms(
      z
        .array(
          z.string().regex(slugPattern, 'Dateiname einer Leitfaden-Seite angeben, z. B. aufenthalt-und-ausbildung.'),
        )
        .default([]),
      { label: 'Leitfaden-Seiten, die die ersten Fragen beantworten (Dateinamen)', relation: 'guides' },
    ),
    editorialNote,
    ...textVersion,
  })
  .refine(reviewDateGiven, reviewDateRule);
