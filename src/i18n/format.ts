/**
 * Dates and numbers in the reader's language. The campaign happens in
 * Saxony-Anhalt, so every date and time is Europe/Berlin, whatever the build
 * machine's or the reader's zone.
 */
import { campaignTimeZone } from '../lib/berlinTime';
import { locales, type LocaleCode } from './locales';

/** Noon UTC keeps a calendar date on the same day in Europe/Berlin. */
function dateFromIso(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

/** @example formatDate('2025-06-26', 'de') // '26. Juni 2025' */
export function formatDate(isoDate: string, lang: LocaleCode): string {
  return new Intl.DateTimeFormat(locales[lang].intl, { dateStyle: 'long', timeZone: campaignTimeZone }).format(dateFromIso(isoDate));
}

/** @example formatNumber(601, 'ar') // '601' (Latin digits, see locales.ts) */
export function formatNumber(value: number, lang: LocaleCode): string {
  return new Intl.NumberFormat(locales[lang].intl).format(value);
}
