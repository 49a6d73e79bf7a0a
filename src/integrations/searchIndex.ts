/**
 * Builds the Pagefind search index as the last step of every `astro build`,
 * so there is no separate step to forget. Pagefind reads `<html lang>` and
 * writes one index per language into `<outDir>/pagefind/`; only pages that
 * mark their main content with `data-pagefind-body` are indexed (content
 * entries, not lists, navigation, fallbacks or the admin). Then the word
 * index is cut into small chunks (see searchIndexChunks.ts), so a first
 * search loads little more than Pagefind itself.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { splitIndexChunks } from './searchIndexChunks.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'sawd-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        const chunks = splitIndexChunks(`${site}/pagefind`);
        const largest = Math.max(...Object.values(chunks).map((c) => c.largestGzip));
        logger.info(
          `indexed ${added.page_count} pages into ${site}pagefind/ ` +
            `(${Object.entries(chunks)
              .map(([lang, c]) => `${lang} ${c.chunks}`)
              .join(', ')} index chunks, largest ${largest} B gzip)`,
        );
      },
    },
  };
}
