// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { astroI18nConfig, sitemapI18nConfig } from './src/i18n/locales';
import { fallbackPaths } from './src/lib/contentFiles';
import { isPrintView } from './src/lib/routes';
import { contentRoot, exampleEventsEnabled } from './src/lib/contentRoot';
import { linkGlossaryTerms } from './src/markdown/linkGlossaryTerms';
import { markGermanTerms } from './src/markdown/markGermanTerms';
import { markLinkLanguage } from './src/markdown/markLinkLanguage';
import { searchIndex } from './src/integrations/searchIndex';
import { shareImages } from './src/integrations/shareImages';
import { hostConfig } from './src/integrations/hostConfig';
import { adminDevPage } from './src/integrations/adminDevPage';
import { neutralizeHostileMarkdown } from './src/markdown/neutralizeHostileMarkdown';

// The public address is set per deployment (SITE_URL); locally the preview server's.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const notInSitemap = new Set(['/', ...fallbackPaths(contentRoot())]);

export default defineConfig({
  site,
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
      hastPlugins: [linkGlossaryTerms, markGermanTerms, markLinkLanguage],
    }),
  },
  build: {
    // Most readers arrive once, from a shared link on a slow phone: page and styles
    // in one response beat a cached stylesheet they would fetch only once.
    inlineStylesheets: 'always',
  },
  integrations: [
    mdx(),
    searchIndex(),
    // The benchmark draws its corpus's images into a cache of its own (SHARE_IMAGES_CACHE), so its first run is cold.
    shareImages({ cacheDir: process.env.SHARE_IMAGES_CACHE }),
    hostConfig(),
    adminDevPage(),
    sitemap({
      i18n: sitemapI18nConfig,
      filter: (page) => {
        const path = new URL(page).pathname;
        // Filtered event views are noindex: the plain list is what search engines should show.
        return (
          !notInSitemap.has(path) &&
          !/\/404\/?$/.test(path) &&
          !path.includes('/veranstaltungen/auswahl/') &&
          !path.startsWith('/admin') &&
          // Short links and print views point to the event pages, which are in the sitemap.
          !path.startsWith('/e/') &&
          !isPrintView(path)
        );
      },
    }),
  ],
  devToolbar: { enabled: false },
});
