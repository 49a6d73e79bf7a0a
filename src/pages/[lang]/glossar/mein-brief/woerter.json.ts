/**
 * The glossary words of one language for the letter box (`mein-brief/`): the German word and its
 * forms, the word and its explanation in the reader's language, the entry's address. Fetched only
 * when the reader first uses the box; the text they paste never leaves the device.
 */
import type { APIRoute } from 'astro';
import type { LocaleCode } from '../../../../core/locales.ts';
import type { LetterWord } from '../../../../lib/content/letterWords.ts';
import { getLocalizedEntries } from '../../../../lib/content/localizedContent.ts';
import { routes } from '../../../../lib/routes.ts';
import { languageStaticPaths } from '../../../../lib/staticPaths.ts';

export const getStaticPaths = languageStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as LocaleCode;
  const words = (await getLocalizedEntries('glossary', lang)).map(({ slug, entry, contentLang }): LetterWord => {
    const { term, aliases, translation, description } = entry.data;
    return {
      slug,
      term,
      aliases,
      ...(translation && lang !== 'de' ? { translation } : {}),
      description,
      href: routes.entry(lang, 'glossary', slug),
      ...(contentLang !== lang ? { lang: 'de' as const } : {}),
    };
  });
  return new Response(JSON.stringify(words), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
