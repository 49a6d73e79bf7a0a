import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes, type LocaleCode } from '../../src/core/locales.ts';
import {
  bringList,
  germanAnswer,
  markdownSections,
  plainInline,
  resultCardLanguages,
  resultCardText,
} from '../../src/lib/content/resultCard.ts';
import { questions } from '../../src/lib/content/questionnaire.ts';

/** A station file's body (after the front matter) as the content collection gives it. */
const stationBody = (lang: LocaleCode, n: number) =>
  readFileSync(`content/stations/${lang}/${n}.md`, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

describe('the result card to take along', () => {
  it('reads Markdown marks and links down to their text', () => {
    expect(plainInline('Ihre **Zeugnisse**, auch _aus dem Ausland_ – [mehr](/de/x/)')).toBe(
      'Ihre Zeugnisse, auch aus dem Ausland – mehr',
    );
  });

  it('finds the sections of a text and their list items', () => {
    const sections = markdownSections('Intro\n\n## Eins\n\n- a\n- **b**\n\nText\n\n## Zwei\n\n* c\n');
    expect(sections).toEqual([
      { heading: 'Eins', items: ['a', 'b'] },
      { heading: 'Zwei', items: ['c'] },
    ]);
  });

  it('lists what the station itself says one can bring, in every language and for every station', () => {
    for (const n of [1, 2, 3, 4]) {
      const german = stationBody('de', n);
      const inGerman = bringList(german, german, 'de')!;
      expect(inGerman.lang).toBe('de');
      // Word for word the station's list: nothing added, nothing left out.
      const section = german.split('## Was Sie mitbringen können')[1]!.split('\n\n')[1]!;
      expect(inGerman.items).toEqual(section.split('\n').map((line) => plainInline(line.replace(/^- /, ''))));
      for (const lang of localeCodes.filter((l) => l !== 'de')) {
        const list = bringList(german, stationBody(lang, n), lang)!;
        expect(list.lang, `station ${n}, ${lang}`).toBe(lang);
        expect(list.items).toHaveLength(inGerman.items.length);
      }
    }
  });

  it('falls back to the German list where a translation has no such section, and has none where German has none', () => {
    const german = '## Wobei hilft diese Station?\n\n- x\n\n## Was Sie mitbringen können\n\n- Zeugnisse\n';
    expect(bringList(german, '## Only one section\n\n- y\n', 'en')).toEqual({ items: ['Zeugnisse'], lang: 'de' });
    expect(bringList('## Wobei hilft diese Station?\n\n- x\n', '', 'de')).toBeUndefined();
  });

  it('has a German side for the counsellor and, for other readers, a side in their language', () => {
    expect(resultCardLanguages('de')).toEqual(['de']);
    expect(resultCardLanguages('ar')).toEqual(['de', 'ar']);
    const station = (lang: LocaleCode) => ({ number: 3, title: `title ${lang}`, body: stationBody(lang, 3), lang });
    const arabic = resultCardText('ar', station('ar'), station('de'));
    expect(arabic).toMatchObject({ lang: 'ar', dir: 'rtl', stationNumber: 'المحطة 3', stationTitle: 'title ar' });
    expect(arabic.bring?.items[0]).toContain('Zeugnisse');
    const german = resultCardText('de', station('de'), station('de'));
    expect(german).toMatchObject({ lang: 'de', stationNumber: 'Station 3', stationTitle: 'title de' });
    expect(german.bringNote).toMatch(/keine Pflicht/);
  });

  it('shows a station that is not translated yet in German, marked as German', () => {
    const german = { number: 2, title: 'Ich weiß noch nicht …', body: stationBody('de', 2), lang: 'de' as const };
    const side = resultCardText('ru', german, german);
    expect(side).toMatchObject({ lang: 'ru', titleLang: 'de', stationNumber: 'Станция 2' });
    expect(side.bring?.lang).toBe('de');
  });

  it('has every answer in German for the counsellor', () => {
    for (const question of Object.values(questions)) {
      for (const answer of question.answers) expect(germanAnswer(question.id, answer.id)).toMatch(/\S{3}/);
    }
    expect(germanAnswer('vorhanden', 'zeugnis')).toBe('Einen Schulabschluss – aus Deutschland oder aus dem Ausland.');
  });
});
