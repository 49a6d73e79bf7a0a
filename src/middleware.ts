/**
 * Gives every page and component its language and translator, from the URL's
 * first segment. Language-neutral pages (`/`, `/404.html`) get German here and
 * ask `getTranslator` for each language themselves.
 */
import { defineMiddleware } from 'astro:middleware';
import { defaultLocale } from './core/locales.ts';
import { getTranslator } from './i18n/translator.ts';
import { localeFromPath } from './lib/routes.ts';

export const onRequest = defineMiddleware((context, next) => {
  const lang = localeFromPath(context.url.pathname) ?? defaultLocale;
  context.locals.lang = lang;
  context.locals.t = getTranslator(lang);
  return next();
});
