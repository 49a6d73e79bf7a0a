import { describe, expect, it } from 'vitest';
import { splitForeignRuns } from '../../src/i18n/foreignRuns.ts';

const marked = (text: string, lang: Parameters<typeof splitForeignRuns>[1]) =>
  splitForeignRuns(text, lang)
    .filter((s) => s.lang)
    .map((s) => s.text);

describe('German terms inside other scripts', () => {
  it('marks German terms and names in Arabic, keeping parentheses and full stops outside', () => {
    expect(marked('التدريب المهني (Ausbildung) في KAUSA-Landesstelle Sachsen-Anhalt.', 'ar')).toEqual([
      'Ausbildung',
      'KAUSA-Landesstelle Sachsen-Anhalt',
    ]);
  });

  it('keeps the full stop of an abbreviation with the term', () => {
    expect(marked('мережа (LAMSA e. V.).', 'uk')).toEqual(['LAMSA e. V.']);
  });

  it('marks nothing in German or English text', () => {
    expect(splitForeignRuns('Die Ausbildung (Ausbildung).', 'de')).toEqual([{ text: 'Die Ausbildung (Ausbildung).' }]);
    expect(marked('Your Ausbildung', 'en')).toEqual([]);
  });

  it('loses no character', () => {
    const text = 'Вы учитесь в Berufsschule и на Betrieb, 2–3 дня.';
    expect(
      splitForeignRuns(text, 'ru')
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});
