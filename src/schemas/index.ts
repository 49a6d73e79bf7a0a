/**
 * Each collection's schema by name, for code that handles any collection (the content config,
 * the CMS); code about one collection imports that collection's module (`events.ts`, …).
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../core/collections.ts';
import { eventSchema } from './events.ts';
import { glossarySchema } from './glossary.ts';
import { guideSchema } from './guides.ts';
import { easyLanguageSchema } from './leichteSprache.ts';
import { pageSchema } from './pages.ts';
import { partnerSchema } from './partners.ts';
import { stationSchema } from './stations.ts';

export const schemas = {
  guides: guideSchema,
  glossary: glossarySchema,
  events: eventSchema,
  partners: partnerSchema,
  stations: stationSchema,
  pages: pageSchema,
  'leichte-sprache': easyLanguageSchema,
} as const satisfies Record<CollectionName, z.ZodType>;
