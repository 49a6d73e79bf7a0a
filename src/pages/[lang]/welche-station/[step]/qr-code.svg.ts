/**
 * A questionnaire result's QR code as an SVG file, for the result card to take along. Only the German
 * results have one: the card's code opens the German page, which the counsellor reads (see
 * docs/sharing.md), so every language's card for a station shows the same code.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { defaultLocale } from '../../../../core/locales.ts';
import { getTranslator } from '../../../../i18n/translator.ts';
import { resultSteps } from '../../../../lib/content/questionnaire.ts';
import { qrCodeSvg } from '../../../../lib/formats/qrCode.ts';
import { absoluteUrl, routes } from '../../../../lib/routes.ts';

export const getStaticPaths = (() =>
  resultSteps().map((step) => ({ params: { lang: defaultLocale, step } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const path = routes.questionnaire(defaultLocale, params.step!);
  const t = getTranslator(defaultLocale);
  // No caption in the file: the card prints the address under the code as text.
  const svg = qrCodeSvg(absoluteUrl(path, site!), { title: t('print.qrLabel', { title: t('questionnaire.title') }) });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
