/** A guide page's QR code as an SVG file, with the address under it (the share block offers it per language). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { LocaleCode } from '../../../../core/locales.ts';
import { getTranslator } from '../../../../i18n/translator.ts';
import { entryStaticPaths, type LocalizedEntry } from '../../../../lib/content/localizedContent.ts';
import { qrCodeSvg } from '../../../../lib/formats/qrCode.ts';
import { absoluteUrl, routes } from '../../../../lib/routes.ts';
import { printedAddress } from '../../../../lib/sharing/shortLinks.ts';

export const getStaticPaths = (() => entryStaticPaths('guides')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const { version } = props as { version: LocalizedEntry<'guides'> };
  const lang = params.lang as LocaleCode;
  const path = routes.entry(lang, 'guides', version.slug);
  const svg = qrCodeSvg(absoluteUrl(path, site!), {
    title: getTranslator(lang)('print.qrLabel', { title: version.entry.data.title }),
    caption: printedAddress(path, site!),
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
