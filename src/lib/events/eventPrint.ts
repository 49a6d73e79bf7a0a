/** Which events get print views (posters, flyers) and appear on the material page. */
import type { LocalizedEntry } from '../content/localizedContent.ts';
import { defaultLocale, type LocaleCode } from '../../core/locales.ts';
import type { Translate } from '../../i18n/translator.ts';
import { languageName } from '../../i18n/format.ts';
import { printLayouts, routes } from '../routes.ts';
import { occurrences, upcomingOccurrences } from './eventSchedule.ts';

/** A poster for an event that is over or cancelled would send people to nothing; a date to be announced is fine. */
export function isPrintable(version: LocalizedEntry<'events'>, now: Date): boolean {
  const { data } = version.entry;
  return data.status !== 'cancelled' && (occurrences(data).length === 0 || upcomingOccurrences(data, now).length > 0);
}

/**
 * The print views of one event as links: poster and flyer, and in another language than
 * German also both with German beside it.
 */
export function printViewLinks(lang: LocaleCode, slug: string, t: Translate): { href: string; label: string }[] {
  return printLayouts.flatMap((layout) => {
    const label = t(layout === 'plakat' ? 'print.poster' : 'print.flyer');
    const bilingual =
      lang === defaultLocale
        ? []
        : [
            {
              href: routes.eventPrint(lang, slug, layout, true),
              label: t('print.bilingual', { layout: label, language: languageName(lang, lang) }),
            },
          ];
    return [{ href: routes.eventPrint(lang, slug, layout), label }, ...bilingual];
  });
}
