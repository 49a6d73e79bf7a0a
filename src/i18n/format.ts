/**
 * Dates and numbers in the reader's language. The campaign happens in
 * Saxony-Anhalt, so every date and time is Europe/Berlin, whatever the build
 * machine's or the reader's zone.
 */
import { campaignTimeZone } from '../core/berlinTime.ts';
import { locales, type LocaleCode } from '../core/locales.ts';

/** Noon UTC keeps a calendar date on the same day in Europe/Berlin. */
function dateFromIso(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

/**
 * Month names as Arabic readers from Syria and Iraq write them (حزيران), with the
 * Egyptian/Gulf name that Intl's plain `ar` gives after a slash (يونيو), so every
 * reader finds their own: „26 حزيران/يونيو 2025“.
 */
const levantineArabic = 'ar-SY-u-nu-latn';

function formatDateParts(date: Date, lang: LocaleCode, options: Intl.DateTimeFormatOptions): string {
  const format = new Intl.DateTimeFormat(locales[lang].intl, { ...options, timeZone: campaignTimeZone });
  if (lang !== 'ar' || (!options.month && !options.dateStyle)) return format.format(date);
  const levantine = new Intl.DateTimeFormat(levantineArabic, { month: 'long', timeZone: campaignTimeZone }).format(
    date,
  );
  return format
    .formatToParts(date)
    .map((part) => (part.type === 'month' && part.value !== levantine ? `${levantine}/${part.value}` : part.value))
    .join('');
}

/** @example formatDate('2025-06-26', 'de') // '26. Juni 2025'; formatDate('2025-06-26', 'ar') // '26 حزيران/يونيو 2025' */
export function formatDate(isoDate: string, lang: LocaleCode): string {
  return formatDateParts(dateFromIso(isoDate), lang, { dateStyle: 'long' });
}

/** @example formatNumber(601, 'ar') // '601' (Latin digits, see locales.ts) */
export function formatNumber(value: number, lang: LocaleCode): string {
  return new Intl.NumberFormat(locales[lang].intl).format(value);
}

/** @example formatLongDate('2026-03-18', 'de') // 'Mittwoch, 18. März 2026' */
export function formatLongDate(isoDate: string, lang: LocaleCode): string {
  return formatDateParts(dateFromIso(isoDate), lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
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
  return formatDateParts(dateFromIso(isoDate), lang, { month: 'long', year: 'numeric' });
}
