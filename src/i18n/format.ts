/**
 * Dates and numbers in the reader's language. The campaign happens in
 * Saxony-Anhalt, so every date and time is Europe/Berlin, whatever the build
 * machine's or the reader's zone.
 */
import { locales, type LocaleCode } from './locales';

export const campaignTimeZone = 'Europe/Berlin';

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

/** Today's date in Saxony-Anhalt as `YYYY-MM-DD`, for splitting upcoming from past events. */
export function todayInCampaignZone(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: campaignTimeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
