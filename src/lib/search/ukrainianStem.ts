/**
 * Pagefind has no Ukrainian stemmer, so "навчанні" would not find a page that
 * says "навчання". Pagefind does match word beginnings, so the search page
 * cuts common Ukrainian endings off the reader's words before searching:
 * "навчанні", "навчання" and "навчанням" all become "навчанн" and find the
 * same pages. Light on purpose: it only removes endings, never letters that
 * could belong to the root of a short word. Measured in `npm run bench:uk-search`.
 */

/** Noun, adjective and verb endings, longest first. */
const endings = [
  'ією',
  'ями',
  'ами',
  'ому',
  'ого',
  'ими',
  'ості',
  'ість',
  'ій',
  'их',
  'ів',
  'ям',
  'ах',
  'ях',
  'ою',
  'ею',
  'єю',
  'ої',
  'ий',
  'им',
  'ом',
  'ем',
  'ти',
  'ть',
  'ся',
  'а',
  'я',
  'у',
  'ю',
  'і',
  'ї',
  'и',
  'е',
  'о',
  'ь',
  'й',
];
const minimumStem = 4;

/**
 * @example stemUkrainianWord('навчанні') // 'навчанн'
 * @example stemUkrainianWord('Berufsschule') // 'Berufsschule' (not Cyrillic: left alone)
 */
export function stemUkrainianWord(word: string): string {
  if (!/^[\p{Script=Cyrillic}'’ʼ-]+$/u.test(word)) return word;
  const lower = word.toLowerCase();
  for (const ending of endings) {
    if (lower.endsWith(ending) && lower.length - ending.length >= minimumStem) {
      return lower.slice(0, -ending.length);
    }
  }
  return lower;
}

/** @example stemUkrainianQuery('служба профорієнтації') // 'служб профорієнтаці' */
export function stemUkrainianQuery(query: string): string {
  return query.split(/\s+/).filter(Boolean).map(stemUkrainianWord).join(' ');
}
