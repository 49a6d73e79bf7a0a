/**
 * The one owner of link-preview images (OpenGraph, 1200×630): where a page's
 * image lives and what it says. Pages describe their card here; the build
 * (`src/integrations/shareImages.ts`) reads the cards back from the built
 * pages and renders each image once.
 */
import { localeFromPath, siteFolders, switchLocalePath } from '../routes.ts';
import { defaultLocale } from '../../core/locales.ts';

export const shareImageSize = { width: 1200, height: 630 } as const;

/**
 * Where the preview image of a page lives.
 *
 * @example shareImagePath('/ar/veranstaltungen/x/') // '/og/ar/veranstaltungen/x.png'
 * @example shareImagePath('/de/') // '/og/de.png'
 * @example shareImagePath('/404.html') // '/og/404.png'
 */
export function shareImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/(index)?\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `${siteFolders.shareImages}${trimmed || 'index'}.png`;
}

/**
 * Which page's image a page shows: its own, except a German fallback (which
 * repeats the German page and so shows its image).
 */
export function shareImageOwner(pagePath: string, isFallback: boolean): string {
  return isFallback && localeFromPath(pagePath) ? switchLocalePath(pagePath, defaultLocale) : pagePath;
}

/** What a preview card shows; read back from the built page's `<meta property="og:image">`. */
export interface ShareCard {
  /** BCP 47 language of the title (decides font and direction). */
  lang: string;
  dir: 'ltr' | 'rtl';
  title: string;
  /** A second line: an event's date and town. */
  detail?: string;
  /** Above the title: the campaign's tagline in the page's language. */
  kicker: string;
  /** At the bottom: the site's address, as typed. */
  address: string;
}
