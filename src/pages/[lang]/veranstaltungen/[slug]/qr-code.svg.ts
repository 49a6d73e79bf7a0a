/** An event page's QR code as an SVG file (for print shops and notice boards), with the short link under it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { LocaleCode } from '../../../../i18n/locales';
import { getTranslator } from '../../../../i18n/translator';
import { entryStaticPaths, type LocalizedEntry } from '../../../../lib/localizedContent';
import { qrCodeSvg } from '../../../../lib/qrCode';
import { absoluteUrl, routes } from '../../../../lib/routes';
import { eventShortId, printedAddress } from '../../../../lib/shortLinks';

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
