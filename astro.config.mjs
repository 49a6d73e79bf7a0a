// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { astroI18nConfig, sitemapI18nConfig } from './src/core/locales.ts';
import { siteUrl } from './src/core/site.ts';
import { fallbackPaths } from './src/lib/content/contentFiles.ts';
import { isInSitemap } from './src/lib/routes.ts';
import { contentRoot, exampleEventsEnabled } from './src/lib/content/contentRoot.ts';
import { linkGlossaryTerms } from './src/markdown/linkGlossaryTerms.ts';
import { markGermanTerms } from './src/markdown/markGermanTerms.ts';
import { markLinkLanguage } from './src/markdown/markLinkLanguage.ts';
import { searchIndex } from './src/integrations/searchIndex.ts';
import { shareImages } from './src/integrations/shareImages.ts';
import { hostConfig } from './src/integrations/hostConfig.ts';
import { offlineCopy } from './src/integrations/offlineCopy.ts';
import { adminDevPage } from './src/integrations/adminDevPage.ts';
import { editorialGaps } from './src/integrations/editorialGaps.ts';
import { neutralizeHostileMarkdown } from './src/markdown/neutralizeHostileMarkdown.ts';
import { sanitizeContentHtml } from './src/markdown/sanitizeContentHtml.ts';

const germanFallbacks = new Set(fallbackPaths(contentRoot()));

export default defineConfig({
  // The public address is set per deployment (SITE_URL); locally the preview server's.
  site: siteUrl(),
  trailingSlash: 'ignore',
  // Builds with the invented example events go elsewhere, so they cannot be deployed by mistake;
  // the benchmark's generated corpus (CONTENT_DIR) names its own output folder (OUT_DIR).
  outDir: process.env.OUT_DIR ?? (exampleEventsEnabled ? './dist-examples' : './dist'),
  // …and each keeps its own content cache, so no build reuses another's entries.
  cacheDir: process.env.OUT_DIR
    ? `${process.env.OUT_DIR}-cache`
    : exampleEventsEnabled
      ? './node_modules/.astro-examples'
      : './node_modules/.astro',
  i18n: astroI18nConfig,
  markdown: {
    processor: satteri({
      mdastPlugins: [neutralizeHostileMarkdown],
      // The sanitizer last: it checks what the other plugins made.
      hastPlugins: [linkGlossaryTerms, markGermanTerms, markLinkLanguage, sanitizeContentHtml],
    }),
  },
  build: {
    // Most readers arrive once, from a shared link on a slow phone: page and styles
    // in one response beat a cached stylesheet they would fetch only once.
    inlineStylesheets: 'always',
  },
  integrations: [
    mdx(),
    // First after the pages: it fills in the offline copy's sizes on the pages that offer it.
    offlineCopy(),
    searchIndex(),
    // The benchmark draws its corpus's images into a cache of its own (SHARE_IMAGES_CACHE), so its first run is cold.
    shareImages({ cacheDir: process.env.SHARE_IMAGES_CACHE }),
    hostConfig(),
    adminDevPage(),
    editorialGaps(),
    sitemap({
      i18n: sitemapI18nConfig,
      filter: (page) => isInSitemap(new URL(page).pathname, germanFallbacks),
    }),
  ],
  vite: {
    // Scripts loaded on a reader's first click (`import x from '…ts?worker&url'`, then `import(x)`) are
    // built as one self-contained ES module each: no preload helper shipped with the page's loader.
    worker: { format: 'es' },
  },
  devToolbar: { enabled: false },
});
