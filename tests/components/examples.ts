/**
 * Examples of components in the states worth showing, in German and Arabic (right to left) – as
 * GOV.UK Frontend keeps them beside each component: one list drives the rendering test
 * (tests/components/examples.test.ts, Astro's Container API) and the axe check in Chromium
 * (tests/a11y/component-examples.spec.ts, which reads what the test wrote to `dist-components/`).
 *
 * Covered: the notices a reader of a translation sees (FallbackNotice, TranslationNotice), an event
 * card with its facts (EventCard → EventFacts → EventFact), a partner's contact details (ContactDetails),
 * German terms inside another language (LocalizedText) and list paging (Pagination): each has states
 * that differ in text, language and direction, and each renders from props alone, without the content layer.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import ContactDetails from '../../src/components/ContactDetails.astro';
import EventCard from '../../src/components/EventCard.astro';
import FallbackNotice from '../../src/components/FallbackNotice.astro';
import LocalizedText from '../../src/components/LocalizedText.astro';
import Pagination from '../../src/components/Pagination.astro';
import TranslationNotice from '../../src/components/TranslationNotice.astro';
import type { LocaleCode } from '../../src/core/locales.ts';

export interface ComponentExample {
  /** Unique: `<component>/<state>/<lang>`. */
  name: string;
  component: AstroComponentFactory;
  lang: LocaleCode;
  /** The page the component is on (Astro.url): notices link to its German version. */
  path: string;
  props?: Record<string, unknown>;
  /** The element the component sits in on a page: a card's list, a text's paragraph. */
  wrap?: 'ul' | 'p';
}

/** The instant the event examples are shown for (events ahead of it are upcoming). */
export const exampleNow = new Date('2026-03-01T11:00:00Z');

const venue = {
  name: 'Bürgerhaus',
  street: 'Markt 1',
  postalCode: '06108',
  town: 'Halle (Saale)',
  district: 'Halle (Saale)',
};

/** An event as the content layer gives it to a list: a German entry, its fallback state per page language. */
const eventVersion = (lang: LocaleCode, slug: string, data: Record<string, unknown>, translated = false) => ({
  slug,
  pageLang: lang,
  contentLang: translated || lang === 'de' ? lang : 'de',
  isFallback: !translated && lang !== 'de',
  translatedLangs: translated ? ['de', lang] : ['de'],
  entry: {
    id: `${translated ? lang : 'de'}/${slug}`,
    collection: 'events',
    data: { format: 'in-person', languages: [], status: 'scheduled', stations: [], partners: [], ...data },
  },
});

const infotag = {
  title: 'Infotag Ausbildung',
  description: 'Betriebe stellen ihre Ausbildung vor.',
  start: '2026-03-18T16:00',
  end: '2026-03-18T18:00',
  venue,
  languages: ['ar', 'de'],
};
const sprechstunde = {
  title: 'Wöchentliche Online-Beratung',
  description: 'Jede Woche online.',
  start: '2026-01-07T16:00',
  format: 'online',
  recurrence: { frequency: 'weekly', interval: 1, exceptions: [] },
};

const contact = {
  website: 'https://www.kausa-sachsen-anhalt.de/',
  email: 'kausa@example.org',
  phone: '+49 391 123456',
  address: { street: 'Breiter Weg 1', postalCode: '39104', town: 'Magdeburg' },
  contactSource: { url: 'https://www.kausa-sachsen-anhalt.de/kontakt/', checked: '2026-02-01' },
};

const pageHref = (lang: LocaleCode) => (page: number) =>
  `/${lang}/veranstaltungen/${page === 1 ? '' : `seite/${page}/`}`;

export const examples: ComponentExample[] = (['de', 'ar'] as const).flatMap((lang): ComponentExample[] => [
  { name: `FallbackNotice/untranslated/${lang}`, component: FallbackNotice, lang, path: `/${lang}/ratgeber/schule/` },
  {
    name: `TranslationNotice/machine-assisted/${lang}`,
    component: TranslationNotice,
    lang,
    path: `/${lang}/ratgeber/schule/`,
    props: { version: { translation: { status: 'maschinell-unterstuetzt' } } },
  },
  {
    name: `TranslationNotice/reviewed-but-outdated/${lang}`,
    component: TranslationNotice,
    lang,
    path: `/${lang}/ratgeber/schule/`,
    props: {
      version: { translation: { status: 'geprueft', reviewedOn: '2026-01-20' }, germanUpdatedSince: '2026-02-10' },
    },
  },
  {
    name: `EventCard/single-date-in-person/${lang}`,
    component: EventCard,
    lang,
    path: `/${lang}/veranstaltungen/`,
    props: { event: eventVersion(lang, 'infotag', infotag), now: exampleNow, headingLevel: 2 },
    wrap: 'ul',
  },
  {
    name: `EventCard/weekly-online-cancelled/${lang}`,
    component: EventCard,
    lang,
    path: `/${lang}/veranstaltungen/`,
    props: {
      event: eventVersion(lang, 'sprechstunde', { ...sprechstunde, status: 'cancelled', statusNote: 'Krankheit' }),
      now: exampleNow,
      headingLevel: 2,
    },
    wrap: 'ul',
  },
  {
    name: `ContactDetails/known/${lang}`,
    component: ContactDetails,
    lang,
    path: `/${lang}/partner/kausa/`,
    props: { contact },
  },
  {
    name: `ContactDetails/pending/${lang}`,
    component: ContactDetails,
    lang,
    path: `/${lang}/partner/kausa/`,
    props: { contact: {} },
  },
  {
    name: `LocalizedText/german-term/${lang}`,
    component: LocalizedText,
    lang,
    path: `/${lang}/`,
    props: {
      text: lang === 'ar' ? 'الـ Ausbildung هي التدريب المهني في ألمانيا.' : 'Die Ausbildung dauert drei Jahre.',
    },
    wrap: 'p',
  },
  {
    name: `Pagination/middle-page/${lang}`,
    component: Pagination,
    lang,
    path: `/${lang}/veranstaltungen/seite/2/`,
    props: { current: 2, total: 3, href: pageHref(lang) },
  },
  {
    name: `Pagination/single-page/${lang}`,
    component: Pagination,
    lang,
    path: `/${lang}/veranstaltungen/`,
    props: { current: 1, total: 1, href: pageHref(lang) },
  },
]);
