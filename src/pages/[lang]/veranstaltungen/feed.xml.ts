/** An Atom feed of the events per language: upcoming and regular dates, the next first. */
import type { APIRoute } from 'astro';
import { formatLongDate } from '../../../i18n/format.ts';
import { locales, type LocaleCode } from '../../../core/locales.ts';
import { getTranslator } from '../../../i18n/translator.ts';
import { toAtomFeed } from '../../../lib/formats/atomFeed.ts';
import { contentChangeDate } from '../../../lib/content/contentChangeDate.ts';
import { eventCatalog } from '../../../lib/events/eventCatalog.ts';
import { occurrences, upcomingOccurrences } from '../../../lib/events/eventSchedule.ts';
import { absoluteUrl, routes } from '../../../lib/routes.ts';
import { languageStaticPaths } from '../../../lib/staticPaths.ts';

export const getStaticPaths = languageStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as LocaleCode;
  const t = getTranslator(lang);
  const { now, events: all } = await eventCatalog(lang);
  const events = all.filter(
    (e) => occurrences(e.entry.data).length === 0 || upcomingOccurrences(e.entry.data, now).length > 0,
  );
  // Each entry's own change date, so a daily build does not mark every entry as changed.
  const changed = (e: (typeof all)[number]) => contentChangeDate(e.entry.filePath!);
  const newest = all.map(changed).reduce<Date | undefined>((a, b) => (a && a > b ? a : b), undefined);
  const body = toAtomFeed({
    id: absoluteUrl(routes.feed(lang), site!),
    title: t('events.calendarName'),
    selfUrl: absoluteUrl(routes.feed(lang), site!),
    siteUrl: absoluteUrl(routes.section(lang, 'events'), site!),
    lang: locales[lang].bcp47,
    updated: newest ?? new Date(0),
    entries: events.map((e) => {
      const next = upcomingOccurrences(e.entry.data, now)[0];
      const url = absoluteUrl(routes.entry(lang, 'events', e.slug), site!);
      return {
        id: url,
        title: next ? `${formatLongDate(next.date, lang)}: ${e.entry.data.title}` : e.entry.data.title,
        url,
        summary: e.entry.data.description,
        updated: changed(e),
      };
    }),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
