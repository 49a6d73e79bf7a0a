declare namespace App {
  interface Locals {
    lang: import('./i18n/locales').LocaleCode;
    t: import('./i18n/translator').Translate;
  }
}
