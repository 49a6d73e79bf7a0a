/**
 * UI strings, resolved at build time with i18next (nothing of i18next reaches the
 * browser). Components never import this: they get `t` from `Astro.locals`
 * (see `src/middleware.ts`); language-neutral pages (`/`, `/404.html`) ask for
 * one translator per language.
 */
import i18next from 'i18next';
import { localeCodes, defaultLocale, type LocaleCode } from '../core/locales.ts';
import de from './ui/de.json';
import en from './ui/en.json';
import ar from './ui/ar.json';
import ru from './ui/ru.json';
import uk from './ui/uk.json';

/** Every language's strings; German is the source and defines the keys. */
export const uiStrings: Readonly<Record<LocaleCode, Readonly<Record<string, string>>>> = { de, en, ar, ru, uk };

type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPluralSuffix<K> = K extends `${infer Base}_${PluralCategory}` ? Base : K;
/** A UI string key; plural keys are named without their `_one`/`_other` suffix. */
export type UiKey = WithoutPluralSuffix<keyof typeof de>;

export type Translate = (key: UiKey, options?: Record<string, string | number>) => string;

const instance = i18next.createInstance();
void instance.init({
  resources: Object.fromEntries(localeCodes.map((code) => [code, { translation: uiStrings[code] }])),
  lng: defaultLocale,
  fallbackLng: false,
  // Keys are flat ("nav.skipLink"), not nested objects.
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes everything it renders; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
  initAsync: false,
});

/**
 * A `t` function for one language. An unknown key throws (failing the build)
 * instead of printing the key to readers.
 *
 * @example getTranslator('ru')('guides.readingTime', { count: 3 }) // '3 минуты чтения'
 */
export function getTranslator(lang: LocaleCode): Translate {
  const fixed = instance.getFixedT(lang);
  return (key, options) => {
    const hasPlural = options !== undefined && 'count' in options;
    if (!hasPlural && !instance.exists(key, { lng: lang })) {
      throw new Error(`UI string "${key}" is missing for language "${lang}" (src/i18n/ui/${lang}.json).`);
    }
    // i18next's overloads cannot see that a UiKey is a key of the resources; the check above can.
    return (fixed as unknown as (key: string, options?: object) => string)(key, options);
  };
}
