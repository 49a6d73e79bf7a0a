import { describe, expect, it } from 'vitest';
import { createLetterReader, normalizeLetterText, type LetterWord } from '../../src/lib/content/letterWords.ts';

const word = (slug: string, term: string, aliases: string[] = []): LetterWord => ({
  slug,
  term,
  aliases,
  description: `${term} erklärt.`,
  href: `/ar/glossar/${slug}/`,
});

const read = createLetterReader([
  word('ausbildungsvertrag', 'Ausbildungsvertrag', ['Berufsausbildungsvertrag']),
  word('berufsschule', 'Berufsschule', ['Berufsschulen']),
  word('duale-ausbildung', 'duale Ausbildung'),
  word('ausbildung', 'Ausbildung'),
  word('ihk', 'IHK', ['Industrie- und Handelskammer']),
]);

const letter = `Sehr geehrte Frau Yılmaz,

anbei erhalten Sie Ihren Ausbildungsvertrag. Bitte melden Sie sich in der Berufsschule an.
Die Berufsschulen in Halle beginnen am Montag. Ihren Ausbildungsvertrag senden Sie an die IHK.`;

describe('explaining the words of a pasted letter', () => {
  it('lists each glossary word once, in the order the letter first uses it, with the forms it uses', () => {
    const { found } = read(letter);
    expect(found.map((f) => [f.word.slug, f.forms])).toEqual([
      ['ausbildungsvertrag', ['Ausbildungsvertrag']],
      ['berufsschule', ['Berufsschule', 'Berufsschulen']],
      ['ihk', ['IHK']],
    ]);
    expect(found[0]!.word.href).toBe('/ar/glossar/ausbildungsvertrag/');
  });

  it('cuts the text into parts that give it back unchanged, the glossary words marked', () => {
    const { parts } = read(letter);
    expect(parts.map((p) => p.text).join('')).toBe(letter);
    expect(parts.filter((p) => p.slug).map((p) => [p.text, p.slug])).toEqual([
      ['Ausbildungsvertrag', 'ausbildungsvertrag'],
      ['Berufsschule', 'berufsschule'],
      ['Berufsschulen', 'berufsschule'],
      ['Ausbildungsvertrag', 'ausbildungsvertrag'],
      ['IHK', 'ihk'],
    ]);
  });

  it('prefers the longer term and never matches inside a longer word', () => {
    expect(read('Eine duale Ausbildung dauert drei Jahre.').found.map((f) => f.word.slug)).toEqual([
      'duale-ausbildung',
    ]);
    expect(read('Die Ausbildungsvergütung wird monatlich gezahlt.').found).toEqual([]);
  });

  it('finds a word hyphenated at a line end, with a soft hyphen, or a term broken across lines', () => {
    const text = 'Ihr Ausbildungs-\nvertrag und die Berufs\u00adschule. Eine duale\nAusbildung.';
    const { parts, found } = read(text);
    expect(found.map((f) => [f.word.slug, f.forms])).toEqual([
      ['ausbildungsvertrag', ['Ausbildungsvertrag']],
      ['berufsschule', ['Berufsschule']],
      ['duale-ausbildung', ['duale Ausbildung']],
    ]);
    // The marks cover the words as pasted, line break and soft hyphen included.
    expect(parts.filter((p) => p.slug).map((p) => p.text)).toEqual([
      'Ausbildungs-\nvertrag',
      'Berufs\u00adschule',
      'duale\nAusbildung',
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('keeps a hyphen that joins words („Industrie- und Handelskammer“) and finds nothing in empty text', () => {
    expect(read('die Industrie- und Handelskammer').found.map((f) => f.forms)).toEqual([
      ['Industrie- und Handelskammer'],
    ]);
    expect(read('')).toEqual({ parts: [], found: [] });
    expect(read('Guten Tag').parts).toEqual([{ text: 'Guten Tag' }]);
  });
});

describe('normalizing pasted text', () => {
  it('joins line-end hyphenation, drops soft hyphens, collapses spaces, and maps back to the original', () => {
    const { text, origin } = normalizeLetterText('a  b-\n  cd\u00ade\nf');
    expect(text).toBe('a bcde f');
    expect(origin).toEqual([0, 1, 3, 8, 9, 11, 12, 13]);
  });
});
