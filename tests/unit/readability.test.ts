import { describe, expect, it } from 'vitest';
import { readability, sentencesOf, wordsOf } from '../../src/lib/content/readability.ts';

describe('the plain-language check', () => {
  it('reads sentences from Markdown, not headings, link targets or abbreviations', () => {
    const text = `---\ntitle: Titel\n---\n## Was ist das?\n\nEin Satz mit [Link](/de/x/). Zum Beispiel z. B. das hier.\n\n- Ein Punkt\n- Noch ein Punkt`;
    expect(sentencesOf(text)).toEqual([
      'Ein Satz mit Link.',
      'Zum Beispiel z. B. das hier.',
      'Ein Punkt',
      'Noch ein Punkt',
    ]);
    expect(wordsOf('Sie bekommen 724 Euro im 1. Jahr.')).toHaveLength(7);
  });

  it('names the sentences over the limit, longest first, and long words', () => {
    const long =
      'Wer eine Ausbildung machen möchte, sollte sich früh bei der Berufsberatung melden, weil viele Betriebe ihre Plätze schon ein Jahr vorher vergeben und Bewerbungen lange dauern.';
    const result = readability(`Kurz. ${long}`, { maxWords: 20, maxWordLength: 20 });
    expect(result.sentences).toBe(2);
    expect(result.longSentences).toEqual([{ words: 26, text: long }]);
    expect(readability('Die Berufsausbildungsbeihilfe hilft.', { maxWords: 20, maxWordLength: 20 }).longWords).toEqual([
      'Berufsausbildungsbeihilfe',
    ]);
  });
});
