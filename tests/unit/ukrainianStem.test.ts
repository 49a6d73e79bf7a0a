import { describe, expect, it } from 'vitest';
import { stemUkrainianQuery, stemUkrainianWord } from '../../src/lib/search/ukrainianStem.ts';

describe('Ukrainian word beginnings for search', () => {
  it('brings the forms of a word to one beginning', () => {
    const forms = ['навчання', 'навчанні', 'навчанням', 'навчанню'];
    expect(new Set(forms.map(stemUkrainianWord))).toEqual(new Set(['навчанн']));
    expect(stemUkrainianWord('профорієнтація')).toBe(stemUkrainianWord('профорієнтації'));
    expect(stemUkrainianWord('Ausbildung')).toBe('Ausbildung');
    expect(stemUkrainianQuery('служба профорієнтації')).toBe('служб профорієнтаці');
  });

  it('leaves short words, German words and numbers alone', () => {
    expect(stemUkrainianWord('для')).toBe('для');
    expect(stemUkrainianWord('Berufsschule')).toBe('Berufsschule');
    expect(stemUkrainianQuery('Ausbildung 2026 навчання')).toBe('Ausbildung 2026 навчанн');
  });
});
