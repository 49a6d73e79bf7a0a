/**
 * German terms inside Arabic, Russian and Ukrainian text ("Ausbildung",
 * "KAUSA-Landesstelle Sachsen-Anhalt", "IHK"): found as runs of Latin script,
 * so they can be isolated (`<bdi>`, keeps their order inside right-to-left
 * text) and marked `lang="de"` (screen readers pronounce them in German).
 * In English and German text Latin script is the text itself, so nothing is marked.
 */
import type { LocaleCode } from '../core/locales.ts';

export interface TextSegment {
  text: string;
  /** Set on a German term inside another script. */
  lang?: 'de';
}

const scriptsMarkingLatin: ReadonlySet<LocaleCode> = new Set(['ar', 'ru', 'uk']);
const latin = 'A-Za-zÀ-ÖØ-öø-ÿßẞ';
// A Latin word, then more Latin words, digits and joiners; a space only between two such words.
const latinRun = new RegExp(`[${latin}](?:[${latin}0-9.&'’/-]|\\s(?=[${latin}0-9]))*`, 'g');

/**
 * @example splitForeignRuns('تقدّم KAUSA-Landesstelle خدمة.', 'ar')
 * // [{ text: 'تقدّم ' }, { text: 'KAUSA-Landesstelle', lang: 'de' }, { text: ' خدمة.' }]
 */
export function splitForeignRuns(text: string, lang: LocaleCode): TextSegment[] {
  if (!scriptsMarkingLatin.has(lang)) return [{ text }];
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(latinRun)) {
    let run = match[0];
    // A sentence's full stop belongs to the surrounding text; an abbreviation's ("e. V.") to the term.
    while (run.endsWith('.') && !/(^|[\s.])[A-Za-z]\.$/.test(run)) run = run.slice(0, -1);
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start) });
    segments.push({ text: run, lang: 'de' });
    last = start + run.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
