/** A subscribable calendar per language: every event with a date that is not over yet. */
import type { APIRoute } from 'astro';
import type { LocaleCode } from '../../../i18n/locales';
import { getTranslator } from '../../../i18n/translator';
import { toCalendarEvent } from '../../../lib/eventCalendar';
import { eventCatalog } from '../../../lib/eventCatalog';
import { upcomingOccurrences } from '../../../lib/eventSchedule';
import { toICalendar } from '../../../lib/icalendar';
import { languageStaticPaths } from '../../../lib/staticPaths';

export const getStaticPaths = languageStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as LocaleCode;
  const { now, events: all } = await eventCatalog(lang);
  const events = all
    .filter((e) => upcomingOccurrences(e.entry.data, now).length > 0)
    .map((e) => toCalendarEvent(e.slug, e.entry.data, e.contentLang, site!)!);
  const body = toICalendar({ name: getTranslator(lang)('events.calendarName'), events, stamp: now });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
