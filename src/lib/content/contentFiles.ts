/**
 * The content folders as files on disk, for build configuration that runs
 * before Astro's content layer (the sitemap filter). Pages use
 * `localizedContent.ts` instead.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { collectionNames, isGermanOnly } from '../../core/collections.ts';
import { routes } from '../routes.ts';
import { parseEntryId, resolveVersions, type EntryKey } from './translations.ts';

/**
 * Paths of pages that show the German original because a translation is
 * missing. They are left out of the sitemap: their canonical is the German page.
 *
 * @example fallbackPaths('content') // ['/ar/impressum/', '/en/impressum/', …]
 */
export function fallbackPaths(contentDir: string): string[] {
  const paths: string[] = [];
  for (const collection of collectionNames) {
    const base = join(contentDir, collection);
    if (!existsSync(base)) continue;
    const keys: EntryKey[] = [];
    for (const lang of readdirSync(base)) {
      for (const file of readdirSync(join(base, lang))) {
        if (!/\.mdx?$/.test(file)) continue;
        keys.push(parseEntryId(`${lang}/${file.replace(/\.mdx?$/, '')}`, join(base, lang, file)));
      }
    }
    for (const version of resolveVersions(keys, undefined, { germanOnly: isGermanOnly(collection) })) {
      if (version.isFallback) paths.push(routes.entry(version.pageLang, collection, version.slug));
    }
  }
  return paths.sort();
}
