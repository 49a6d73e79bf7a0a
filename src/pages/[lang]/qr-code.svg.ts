/** The start page's QR code as an SVG file, with the address under it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes, type LocaleCode } from '../../core/locales.ts';
import { getTranslator } from '../../i18n/translator.ts';
import { qrCodeSvg } from '../../lib/formats/qrCode.ts';
import { absoluteUrl, routes } from '../../lib/routes.ts';
import { printedAddress } from '../../lib/sharing/shortLinks.ts';

export const getStaticPaths = (() => localeCodes.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const lang = params.lang as LocaleCode;
  const t = getTranslator(lang);
  const svg = qrCodeSvg(absoluteUrl(routes.home(lang), site!), {
    title: t('print.qrLabel', { title: t('site.name') }),
    caption: printedAddress(routes.home(lang), site!),
  });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
