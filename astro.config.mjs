// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { astroI18nConfig, sitemapI18nConfig } from './src/i18n/locales';
import { fallbackPaths } from './src/lib/contentFiles';
import { markGermanTerms } from './src/markdown/markGermanTerms';
import { neutralizeHostileMarkdown } from './src/markdown/neutralizeHostileMarkdown';

// The public address is set per deployment (SITE_URL); locally the preview server's.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const notInSitemap = new Set(['/', ...fallbackPaths('./content')]);

export default defineConfig({
  site,
  trailingSlash: 'ignore',
  i18n: astroI18nConfig,
  markdown: {
    processor: satteri({ mdastPlugins: [neutralizeHostileMarkdown], hastPlugins: [markGermanTerms] }),
  },
  build: {
    // Most readers arrive once, from a shared link on a slow phone: page and styles
    // in one response beat a cached stylesheet they would fetch only once.
    inlineStylesheets: 'always',
  },
  integrations: [
    mdx(),
    sitemap({
      i18n: sitemapI18nConfig,
      filter: (page) => {
        const path = new URL(page).pathname;
        return !notInSitemap.has(path) && !/\/404\/?$/.test(path) && !path.startsWith('/admin');
      },
    }),
  ],
  devToolbar: { enabled: false },
});
