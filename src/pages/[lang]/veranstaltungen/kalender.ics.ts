/** A subscribable calendar per language: every event with a date that is not over yet. */
import type { APIRoute } from 'astro';
import type { LocaleCode } from '../../../core/locales.ts';
import { getTranslator } from '../../../i18n/translator.ts';
import { toCalendarEvent } from '../../../lib/events/eventCalendar.ts';
import { eventCatalog } from '../../../lib/events/eventCatalog.ts';
import { upcomingOccurrences } from '../../../lib/events/eventSchedule.ts';
import { toICalendar } from '../../../lib/formats/icalendar.ts';
import { languageStaticPaths } from '../../../lib/staticPaths.ts';

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
