/**
 * The glossary as readers use it: sorted by the German word they hold in a
 * letter, grouped by its first letter. Pure, so it is unit-tested.
 */

/**
 * The letter a German term is filed under: umlauts with their base letter (Ä → A), as in German dictionaries.
 *
 * @example indexLetter('Ärztekammer') // 'A'
 */
export function indexLetter(term: string): string {
  return term.normalize('NFD').charAt(0).toUpperCase();
}

/** @example sortByGermanTerm([{ term: 'Probezeit' }, { term: 'Abitur' }]) // [{ term: 'Abitur' }, { term: 'Probezeit' }] */
export function sortByGermanTerm<T extends { term: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.term.localeCompare(b.term, 'de', { sensitivity: 'base' }));
}

/** Items grouped under their index letters, letters in alphabetical order. */
export function groupByLetter<T extends { term: string }>(items: readonly T[]): { letter: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of sortByGermanTerm(items)) {
    const letter = indexLetter(item.term);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups].map(([letter, grouped]) => ({ letter, items: grouped }));
}
