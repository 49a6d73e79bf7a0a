/** Which events get print views (posters, flyers) and appear on the material page. */
import type { LocalizedEntry } from './localizedContent';
import { occurrences, upcomingOccurrences } from './eventSchedule';

/** A poster for an event that is over or cancelled would send people to nothing; a date to be announced is fine. */
export function isPrintable(version: LocalizedEntry<'events'>, now: Date): boolean {
  const { data } = version.entry;
  return data.status !== 'cancelled' && (occurrences(data).length === 0 || upcomingOccurrences(data, now).length > 0);
}
