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
import { attr, builtPages, distDir, tags } from './dist.ts';

const site = 'http://localhost:4321';
const pages = builtPages().filter((page) => !page.path.startsWith('/admin/'));
const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const meta = (html: string, property: string) => {
  const tag = tags(html, new RegExp(`<meta[^>]*\\s(?:property|name)="${property}"[^>]*>`, 'g'))[0];
  const content = tag && attr(tag, 'content');
  return content === undefined ? undefined : decode(content);
};
const page = (path: string) => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`${path} was not built`);
  return found.html;
};
const eventSlugs = ['auftakt-magdeburg-2025', 'online-beratung'];

describe('link previews', () => {
  const checkedImages = new Map<string, { width: number; height: number }>();

  it.each(pages.map((p) => [p.path, p.html] as const))('%s has OpenGraph tags and a 1200×630 image', (path, html) => {
    expect(meta(html, 'og:title')?.length).toBeGreaterThan(2);
    expect(meta(html, 'og:description')?.length).toBeGreaterThan(10);
    expect(meta(html, 'og:url')).toMatch(new RegExp(`^${site}/`));
    expect(meta(html, 'og:locale')).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    const image = meta(html, 'og:image')!;
    expect(image, path).toMatch(new RegExp(`^${site}/og/.+\\.png$`));
    const file = join(distDir, new URL(image).pathname);
    expect(existsSync(file), `${path}: ${image} exists`).toBe(true);
    let size = checkedImages.get(file);
    if (!size) {
      size = pngSize(readFileSync(file));
      checkedImages.set(file, size);
    }
    expect(size).toEqual({ width: 1200, height: 630 });
    expect(meta(html, 'og:image:width')).toBe('1200');
    expect(meta(html, 'og:image:height')).toBe('630');
  });

  it("an event's preview tells when and where, in the reader's language", () => {
    const html = page('/ar/veranstaltungen/auftakt-magdeburg-2025/');
    const imageTag = tags(html, /<meta[^>]*property="og:image"[^>]*>/g)[0]!;
    expect(decode(attr(imageTag, 'data-detail')!)).toBe('26 حزيران/يونيو 2025 · Magdeburg');
    expect(meta(html, 'og:description')).toMatch(/^26 حزيران\/يونيو 2025 · Magdeburg – /);
    expect(meta(html, 'og:image:alt')).toContain('26 حزيران/يونيو 2025');
  });

  it('a German fallback shows the German page’s image; a filtered list shows the list’s', () => {
    // Every entry of the real content is translated; the rule itself:
    expect(shareImagePath(shareImageOwner('/en/glossar/x/', true))).toBe('/og/de/glossar/x.png');
    expect(shareImagePath(shareImageOwner('/en/glossar/x/', false))).toBe('/og/en/glossar/x.png');
    const filtered = pages.find((p) => p.path.startsWith('/uk/veranstaltungen/auswahl/'))!;
    expect(meta(filtered.html, 'og:image')).toBe(`${site}/og/uk/veranstaltungen.png`);
  });
});

describe('share links', () => {
  it.each(['de', 'ar', 'uk'] as const)('carry the page’s address and title, encoded (%s guide page)', (lang) => {
    const path = routes.entry(lang, 'guides', 'was-ist-eine-ausbildung');
    const html = page(path);
    const title = meta(html, 'og:title')!;
    const url = `${site}${path}`;
    const hrefs = tags(html, /<a class="outline-button" href="[^"]+"/g).map((tag) => decode(attr(tag, 'href')!));
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
    const html = page('/ar/veranstaltungen/auftakt-magdeburg-2025/');
    const whatsapp = decode(attr(tags(html, /<a class="outline-button" href="https:\/\/wa\.me[^"]+"/g)[0]!, 'href')!);
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
    const html = page(routes.eventPrint('ar', 'online-beratung', 'plakat', true));
    const figure = /<figure class="qr-code"[^>]*data-qr-url="([^"]+)"[^>]*>([\s\S]*?<\/svg>)/.exec(html)!;
    expect(decodeQrSvg(figure[2]!)).toBe(decode(figure[1]!));
    expect(decode(figure[1]!)).toBe(`${site}/ar/veranstaltungen/online-beratung/`);
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
      const html = page(short);
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
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
