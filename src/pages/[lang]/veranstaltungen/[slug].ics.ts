/** "Add to calendar": one event as an iCalendar file, per language. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { LocaleCode } from '../../../core/locales.ts';
import { getTranslator } from '../../../i18n/translator.ts';
import { siteNow } from '../../../lib/content/buildCache.ts';
import { toCalendarEvent } from '../../../lib/events/eventCalendar.ts';
import { entryStaticPaths, type LocalizedEntry } from '../../../lib/content/localizedContent.ts';
import { toICalendar } from '../../../lib/formats/icalendar.ts';

export const getStaticPaths = (async () =>
  (await entryStaticPaths('events')).filter((path) => path.props.version.entry.data.start)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const { version } = props as { version: LocalizedEntry<'events'> };
  const lang = params.lang as LocaleCode;
  const event = toCalendarEvent(version.slug, version.entry.data, version.contentLang, site!)!;
  const body = toICalendar({ name: getTranslator(lang)('events.calendarName'), events: [event], stamp: siteNow() });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
