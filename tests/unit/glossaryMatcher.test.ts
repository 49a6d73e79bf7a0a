import { describe, expect, it } from 'vitest';
import { groupByLetter, indexLetter, sortByGermanTerm } from '../../src/lib/content/glossary.ts';
import { createTermMatcher } from '../../src/lib/content/glossaryMatcher.ts';

const match = createTermMatcher([
  { slug: 'ausbildung', forms: ['Ausbildung', 'Berufsausbildung'] },
  { slug: 'assistierte-ausbildung', forms: ['Assistierte Ausbildung', 'AsA'] },
  { slug: 'berufsschule', forms: ['Berufsschule'] },
  { slug: 'duale-ausbildung', forms: ['duale Ausbildung'] },
  { slug: 'ihk', forms: ['IHK', 'Industrie- und Handelskammer'] },
]);

describe('finding glossary terms in running text', () => {
  it('finds a term with its German inflection ending', () => {
    expect(match('Sie gehen in die Berufsschulen der Stadt.')).toEqual([
      { slug: 'berufsschule', index: 17, text: 'Berufsschulen' },
    ]);
  });

  it('does not find a term inside a longer word', () => {
    expect(match('Der Ausbildungsvertrag und die Ausbildungsvergütung')).toEqual([]);
  });

  it('prefers the longer term that starts at the same place', () => {
    expect(match('Die Assistierte Ausbildung hilft.').map((m) => m.slug)).toEqual(['assistierte-ausbildung']);
    expect(match('Eine Berufsausbildung dauert.').map((m) => m.slug)).toEqual(['ausbildung']);
  });

  it('finds a term at the start of a sentence with a capital letter', () => {
    expect(match('Duale Ausbildung heißt: Betrieb und Schule.').map((m) => m.slug)).toEqual(['duale-ausbildung']);
  });

  it('finds abbreviations only as written, and German terms inside Arabic or Cyrillic text', () => {
    expect(match('die asa und die ihk').map((m) => m.slug)).toEqual([]);
    expect(match('برنامج المساعدة (AsA) لدى غرفة (IHK)').map((m) => m.slug)).toEqual(['assistierte-ausbildung', 'ihk']);
    expect(match('профессиональная школа (Berufsschule)').map((m) => m.text)).toEqual(['Berufsschule']);
  });
});

describe('the glossary order', () => {
  it('files umlauts under their base letter and sorts as a German dictionary does', () => {
    expect(indexLetter('Ärztekammer')).toBe('A');
    expect(
      sortByGermanTerm([{ term: 'Zeugnis' }, { term: 'Ärztekammer' }, { term: 'Abitur' }]).map((i) => i.term),
    ).toEqual(['Abitur', 'Ärztekammer', 'Zeugnis']);
    expect(groupByLetter([{ term: 'duale Ausbildung' }, { term: 'Duldung' }, { term: 'Abitur' }])).toEqual([
      { letter: 'A', items: [{ term: 'Abitur' }] },
      { letter: 'D', items: [{ term: 'duale Ausbildung' }, { term: 'Duldung' }] },
    ]);
  });
});
