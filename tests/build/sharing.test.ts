/**
 * Sharing, read from the built site: every page's link preview (OpenGraph
 * with a real 1200×630 image), share links that carry the page's address and
 * title, QR codes that decode to the page, and short links that resolve.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/core/locales.ts';
import { routes } from '../../src/lib/routes.ts';
import { eventShortId } from '../../src/lib/sharing/shortLinks.ts';
import { shareImageOwner, shareImagePath } from '../../src/lib/sharing/shareImage.ts';
import { decodeQrSvg, pngSize } from '../qrDecode.ts';
import { builtPages, distDir } from './dist.ts';

const site = 'http://localhost:4321';
const pages = builtPages().filter((page) => !page.path.startsWith('/admin/'));
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`${path} was not built`);
  return found;
};
const eventSlugs = ['auftakt-magdeburg-2025', 'online-beratung'];

describe('link previews', () => {
  const checkedImages = new Map<string, { width: number; height: number }>();

  it.each(pages.map((p) => [p.path, p] as const))('%s has OpenGraph tags and a 1200×630 image', (path, { head }) => {
    expect(head.meta('og:title')?.length).toBeGreaterThan(2);
    expect(head.meta('og:description')?.length).toBeGreaterThan(10);
    expect(head.meta('og:url')).toMatch(new RegExp(`^${site}/`));
    expect(head.meta('og:locale')).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    expect(head.meta('twitter:card')).toBe('summary_large_image');
    const image = head.meta('og:image')!;
    expect(image, path).toMatch(new RegExp(`^${site}/og/.+\\.png$`));
    const file = join(distDir, new URL(image).pathname);
    expect(existsSync(file), `${path}: ${image} exists`).toBe(true);
    let size = checkedImages.get(file);
    if (!size) {
      size = pngSize(readFileSync(file));
      checkedImages.set(file, size);
    }
    expect(size).toEqual({ width: 1200, height: 630 });
    expect(head.meta('og:image:width')).toBe('1200');
    expect(head.meta('og:image:height')).toBe('630');
  });

  it("an event's preview tells when and where, in the reader's language", () => {
    const { head } = page('/ar/veranstaltungen/auftakt-magdeburg-2025/');
    const imageTag = head.first('meta[property="og:image"]')!;
    expect(imageTag.attribute('data-detail')).toBe('26 حزيران/يونيو 2025 · Magdeburg');
    expect(head.meta('og:description')).toMatch(/^26 حزيران\/يونيو 2025 · Magdeburg – /);
    expect(head.meta('og:image:alt')).toContain('26 حزيران/يونيو 2025');
  });

  it('a German fallback shows the German page’s image; a filtered list shows the list’s', () => {
    // Every entry of the real content is translated; the rule itself:
    expect(shareImagePath(shareImageOwner('/en/glossar/x/', true))).toBe('/og/de/glossar/x.png');
    expect(shareImagePath(shareImageOwner('/en/glossar/x/', false))).toBe('/og/en/glossar/x.png');
    const filtered = pages.find((p) => p.path.startsWith('/uk/veranstaltungen/auswahl/'))!;
    expect(filtered.head.meta('og:image')).toBe(`${site}/og/uk/veranstaltungen.png`);
  });
});

describe('share links', () => {
  it.each(['de', 'ar', 'uk'] as const)('carry the page’s address and title, encoded (%s guide page)', (lang) => {
    const path = routes.entry(lang, 'guides', 'was-ist-eine-ausbildung');
    const { doc } = page(path);
    const title = doc.meta('og:title')!;
    const url = `${site}${path}`;
    const hrefs = doc.all('a.outline-button[href]').map((link) => link.attribute('href')!);
    const whatsapp = new URL(hrefs.find((href) => href.startsWith('https://wa.me/'))!);
    expect(whatsapp.searchParams.get('text')).toBe(`${title}\n${url}`);
    const telegram = new URL(hrefs.find((href) => href.startsWith('https://t.me/share/url'))!);
    expect(telegram.searchParams.get('url')).toBe(url);
    expect(telegram.searchParams.get('text')).toBe(title);
    const mail = hrefs.find((href) => href.startsWith('mailto:'))!;
    expect(decodeURIComponent(/subject=([^&]+)/.exec(mail)![1]!)).toBe(title);
    expect(decodeURIComponent(/body=([^&]+)/.exec(mail)![1]!)).toBe(`${title}\n${url}`);
  });

  it('an event’s message says when and where', () => {
    const { doc } = page('/ar/veranstaltungen/auftakt-magdeburg-2025/');
    const whatsapp = doc.first('a.outline-button[href^="https://wa.me"]')!.attribute('href')!;
    expect(new URL(whatsapp).searchParams.get('text')).toMatch(/ – 26 حزيران\/يونيو 2025 · Magdeburg\nhttp/);
  });
});

describe('QR codes', () => {
  it.each(localeCodes)('the start page’s QR code (%s) decodes to its address', (lang) => {
    const svg = readFileSync(join(distDir, routes.homeQrCode(lang)), 'utf8');
    expect(decodeQrSvg(svg)).toBe(`${site}/${lang}/`);
    expect(svg).toContain(`>localhost:4321/${lang}</text>`);
  });

  it.each(localeCodes.flatMap((lang) => eventSlugs.map((slug) => [lang, slug] as const)))(
    'the event QR code (%s, %s) decodes to the event page and prints its short link',
    (lang, slug) => {
      const svg = readFileSync(join(distDir, routes.eventQrCode(lang, slug)), 'utf8');
      expect(decodeQrSvg(svg)).toBe(`${site}${routes.entry(lang, 'events', slug)}`);
      expect(svg).toContain(`>localhost:4321${routes.shortEvent(eventShortId(slug), lang).replace(/\/$/, '')}</text>`);
    },
  );

  it('the QR code printed on a poster decodes to the page it names', () => {
    const { doc } = page(routes.eventPrint('ar', 'online-beratung', 'plakat', true));
    const figure = doc.first('figure.qr-code[data-qr-url]')!;
    expect(decodeQrSvg(figure.first('svg')!.outerHtml)).toBe(figure.attribute('data-qr-url'));
    expect(figure.attribute('data-qr-url')).toBe(`${site}/ar/veranstaltungen/online-beratung/`);
  });
});

describe('short links', () => {
  const redirectsFile = readFileSync(join(distDir, '_redirects'), 'utf8');
  const nginxMap = readFileSync(join(distDir, '.host', 'nginx-redirects.map'), 'utf8');

  it.each(localeCodes.flatMap((lang) => eventSlugs.map((slug) => [lang, slug] as const)))(
    'every event has one in every language (%s, %s) that forwards to its page',
    (lang, slug) => {
      const short = routes.shortEvent(eventShortId(slug), lang);
      const target = routes.entry(lang, 'events', slug);
      expect(page(short).doc.meta('refresh')).toBe(`0; url=${target}`);
      expect(pages.some((p) => p.path === target)).toBe(true);
      expect(redirectsFile).toContain(`\n${short.replace(/\/$/, '')} ${target} 301\n`);
      expect(nginxMap).toContain(`\n${short.replace(/\/$/, '')} ${target};\n`);
    },
  );

  it('ids use no easily confused characters', () => {
    for (const slug of eventSlugs) expect(eventShortId(slug)).toMatch(/^[a-hjkmnp-z2-9]{5}$/);
  });

  it.each(localeCodes)('/%s without its slash is a server redirect to the language', (lang) => {
    expect(redirectsFile).toContain(`\n/${lang} /${lang}/ 301\n`);
  });
});
