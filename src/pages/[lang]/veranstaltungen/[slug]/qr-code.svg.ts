/** An event page's QR code as an SVG file (for print shops and notice boards), with the short link under it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { LocaleCode } from '../../../../core/locales.ts';
import { getTranslator } from '../../../../i18n/translator.ts';
import { entryStaticPaths, type LocalizedEntry } from '../../../../lib/content/localizedContent.ts';
import { qrCodeSvg } from '../../../../lib/formats/qrCode.ts';
import { absoluteUrl, routes } from '../../../../lib/routes.ts';
import { eventShortId, printedAddress } from '../../../../lib/sharing/shortLinks.ts';

export const getStaticPaths = (() => entryStaticPaths('events')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const { version } = props as { version: LocalizedEntry<'events'> };
  const lang = params.lang as LocaleCode;
  const url = absoluteUrl(routes.entry(lang, 'events', version.slug), site!);
  const svg = qrCodeSvg(url, {
    title: getTranslator(lang)('print.qrLabel', { title: version.entry.data.title }),
    caption: printedAddress(routes.shortEvent(eventShortId(version.slug), lang), site!),
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
