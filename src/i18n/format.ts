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
  return new Intl.DateTimeFormat(locales[lang].intl, { dateStyle: 'long', timeZone: campaignTimeZone }).format(
    dateFromIso(isoDate),
  );
}

/** @example formatNumber(601, 'ar') // '601' (Latin digits, see locales.ts) */
export function formatNumber(value: number, lang: LocaleCode): string {
  return new Intl.NumberFormat(locales[lang].intl).format(value);
}

/** @example formatLongDate('2026-03-18', 'de') // 'Mittwoch, 18. März 2026' */
export function formatLongDate(isoDate: string, lang: LocaleCode): string {
  return new Intl.DateTimeFormat(locales[lang].intl, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: campaignTimeZone,
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** @example formatWeekday('2026-03-18', 'ru') // 'среда' */
export function formatWeekday(isoDate: string, lang: LocaleCode): string {
  return new Intl.DateTimeFormat(locales[lang].intl, { weekday: 'long', timeZone: campaignTimeZone }).format(
    new Date(`${isoDate}T12:00:00Z`),
  );
}

/**
 * A language's name in the reader's language, with the code as fallback.
 *
 * @example languageName('prs', 'de') // 'Dari'
 */
export function languageName(code: string, lang: LocaleCode): string {
  return new Intl.DisplayNames([locales[lang].intl], { type: 'language' }).of(code) ?? code;
}

/** @example formatList(['Deutsch', 'Arabisch'], 'de') // 'Deutsch und Arabisch' */
export function formatList(items: readonly string[], lang: LocaleCode): string {
  return new Intl.ListFormat(locales[lang].intl, { type: 'conjunction' }).format(items);
}

/** @example formatMonth('2030-03-14', 'de') // 'März 2030' */
export function formatMonth(isoDate: string, lang: LocaleCode): string {
  return new Intl.DateTimeFormat(locales[lang].intl, {
    month: 'long',
    year: 'numeric',
    timeZone: campaignTimeZone,
  }).format(new Date(`${isoDate}T12:00:00Z`));
}
