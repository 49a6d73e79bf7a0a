/** The pages the browser and accessibility tests visit, from the page types of scripts/pageTypes.ts. */
import { localeCodes, type LocaleCode } from '../../src/core/locales.ts';
import {
  germanOnlyPages,
  languageNeutralPages,
  pageTypes,
  printPages,
  readingHelpLanguages,
  readingHelpTypes,
  type PageType,
} from '../../scripts/pageTypes.ts';

export { germanOnlyPages, pageTypes, printPages };

/** Every reading help type (a translated entry beside its German original) in each language that has them. */
export const readingHelpPages = readingHelpLanguages.flatMap((lang) =>
  Object.entries(readingHelpTypes).map(([name, path]) => ({ name: `${name} (${lang})`, path: path(lang), lang })),
);

const neutralPages = [
  { name: 'language chooser', path: languageNeutralPages.chooser },
  { name: 'shared 404', path: languageNeutralPages.sharedNotFound },
];

/**
 * The pages axe checks: every page type in German (left to right) and Arabic
 * (right to left), and the pages with the most language-dependent text in all
 * five. The templates are the same in every language, so this covers both
 * directions and every script without scanning the same markup five times
 * (the privacy, reflow and shell tests still visit every page type in every language).
 */
const checkedInEveryLanguage = new Set<PageType>(['start', 'guide', 'search', 'questionnaireResult']);
/**
 * Page types whose markup another checked type already covers in Arabic (same template, same
 * components): checked in German only, to keep the suite fast on a busy machine.
 */
const sameTemplateAs = new Set<PageType>([
  'questionnaire',
  'partnerInEveryDistrict',
  'eventToBeAnnounced',
  'legalPage',
  'privacyPolicy',
  'eventFilter',
]);
export const axePages = [
  ...neutralPages,
  ...Object.entries(germanOnlyPages).map(([name, path]) => ({ name: `${name} (de)`, path })),
  ...printPages,
  // Reading helps: every type right to left and left to right; the guide's in the other two scripts.
  ...readingHelpPages
    .filter(({ lang, name }) => lang === 'ar' || lang === 'en' || name.startsWith('guideWithGerman'))
    .map(({ name, path }) => ({ name, path })),
  ...localeCodes.flatMap((lang) =>
    (Object.entries(pageTypes) as [PageType, (typeof pageTypes)[PageType]][])
      .filter(
        ([name]) => lang === 'de' || (lang === 'ar' && !sameTemplateAs.has(name)) || checkedInEveryLanguage.has(name),
      )
      .map(([name, path]) => ({ name: `${name} (${lang})`, path: path(lang) })),
  ),
];

/** Every page type in every language, plus the language-neutral and German-only pages. */
export const allPages: { name: string; path: string; lang?: LocaleCode }[] = [
  ...neutralPages,
  ...Object.entries(germanOnlyPages).map(([name, path]) => ({ name: `${name} (de)`, path, lang: 'de' as const })),
  ...localeCodes.flatMap((lang) =>
    Object.entries(pageTypes).map(([name, path]) => ({ name: `${name} (${lang})`, path: path(lang), lang })),
  ),
];
