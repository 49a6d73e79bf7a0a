import { isLocaleCode, type LocaleCode } from '../core/locales.ts';

export interface ContentFile {
  /** The content root the file lives in (`content/`, or the example-events copy). */
  root: string;
  collection: string;
  lang: LocaleCode;
  slug: string;
}

/**
 * Reads `<root>/<collection>/<lang>/<slug>.md` from a Markdown file's URL, wherever the content root is.
 *
 * @example contentFileOf(new URL('file:///p/content/guides/ar/x.md')) // { root: '/p/content', collection: 'guides', lang: 'ar', slug: 'x' }
 */
export function contentFileOf(fileURL: URL | undefined): ContentFile | undefined {
  const match = fileURL
    ? decodeURIComponent(fileURL.pathname).match(/^(.*)\/([a-z-]+)\/([^/]+)\/([^/]+)\.mdx?$/)
    : null;
  if (!match) return undefined;
  const [, root, collection, lang, slug] = match as unknown as [string, string, string, string, string];
  return isLocaleCode(lang) ? { root, collection, lang, slug } : undefined;
}
