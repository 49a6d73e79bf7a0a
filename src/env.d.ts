declare namespace App {
  interface Locals {
    lang: import('./core/locales.ts').LocaleCode;
    t: import('./i18n/translator.ts').Translate;
  }
}
