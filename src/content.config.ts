/**
 * Wires the content folders to their schemas. Files live at
 * `content/<collection>/<lang>/<slug>.md`; an entry's id is `<lang>/<slug>`.
 */
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { contentLoader } from './lib/content/contentLoader.ts';
import { contentRoot } from './lib/content/contentRoot.ts';
import type { CollectionName } from './core/collections.ts';
import { schemas } from './schemas/index.ts';

const root = contentRoot();

function collectionFor<S extends z.ZodType>(name: CollectionName, schema: S) {
  return defineCollection({ loader: contentLoader(`${root}/${name}`, schema), schema });
}

export const collections = {
  guides: collectionFor('guides', schemas.guides),
  glossary: collectionFor('glossary', schemas.glossary),
  events: collectionFor('events', schemas.events),
  partners: collectionFor('partners', schemas.partners),
  stations: collectionFor('stations', schemas.stations),
  pages: collectionFor('pages', schemas.pages),
  'leichte-sprache': collectionFor('leichte-sprache', schemas['leichte-sprache']),
};
