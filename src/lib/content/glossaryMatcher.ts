/**
 * Finds German glossary terms in running text, so the first use of each on a
 * page can link to its glossary entry. Pure, so it is unit-tested. Hand-written:
 * it matches our own term list (with the forms editors give) on word
 * boundaries, which a general search library does not do better.
 */

export interface GlossaryTerm {
  slug: string;
  /** The German term and its other German forms (plural, abbreviation, long form). */
  forms: readonly string[];
}

export interface TermMatch {
  slug: string;
  index: number;
  /** The matched text, with any inflection ending (Berufsschule → Berufsschulen). */
  text: string;
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** German noun and adjective endings a term may carry in running text. */
const inflection = '(?:e|en|n|s|es|er|ern)?';

/**
 * One form as a pattern: an abbreviation (all capitals, `IHK`, `AsA`) matches
 * exactly; a word matches with either case of its first letter (sentence start:
 * „Duale Ausbildung“) and with an inflection ending.
 */
function formPattern(form: string): string {
  const isAbbreviation = form.length <= 5 && /^[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*$/.test(form) && /[A-Z].*[A-Z]/.test(form);
  if (isAbbreviation) return escape(form);
  const first = form[0]!;
  const head =
    first.toLowerCase() === first.toUpperCase() ? escape(first) : `[${first.toUpperCase()}${first.toLowerCase()}]`;
  return `${head}${escape(form.slice(1))}${inflection}`;
}

/**
 * A matcher over all terms. Longer forms win over shorter ones that start at
 * the same place („Assistierte Ausbildung“ before „Ausbildung“).
 *
 * @example createTermMatcher([{ slug: 'berufsschule', forms: ['Berufsschule'] }])('in die Berufsschulen gehen')
 * // [{ slug: 'berufsschule', index: 7, text: 'Berufsschulen' }]
 */
export function createTermMatcher(terms: readonly GlossaryTerm[]): (text: string) => TermMatch[] {
  const forms = terms
    .flatMap((term) => term.forms.map((form) => ({ slug: term.slug, form })))
    .sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return () => [];
  const alternatives = forms.map(({ form }) => `(${formPattern(form)})`).join('|');
  // Not inside a longer word: no letter or digit directly before or after.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    const matches: TermMatch[] = [];
    for (const match of text.matchAll(pattern)) {
      const group = match.slice(1).findIndex((value) => value !== undefined);
      matches.push({ slug: forms[group]!.slug, index: match.index, text: match[0] });
    }
    return matches;
  };
}
