import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/core/locales.ts';
import { uiStrings } from '../../src/i18n/translator.ts';
import {
  allPaths,
  firstQuestion,
  laterSteps,
  questionIds,
  questionNumber,
  questions,
  resultStep,
} from '../../src/lib/content/questionnaire.ts';

describe('"Which station is right for me?"', () => {
  const paths = allPaths();

  it('every way through the questions ends at a station, after two or three answers', () => {
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect([1, 2, 3, 4]).toContain(path.station);
      expect(path.answers.length, path.answers.join(' → ')).toBeGreaterThanOrEqual(2);
      expect(path.answers.length, path.answers.join(' → ')).toBeLessThanOrEqual(3);
    }
  });

  it('every station is reachable', () => {
    expect(new Set(paths.map((p) => p.station))).toEqual(new Set([1, 2, 3, 4]));
  });

  it('every question is reachable and offers at least two answers with distinct ids', () => {
    const asked = new Set(paths.flatMap((p) => p.answers.map((a) => a.split('/')[0])));
    expect(asked).toEqual(new Set(questionIds));
    for (const id of questionIds) {
      const answers = questions[id].answers.map((a) => a.id);
      expect(answers.length).toBeGreaterThanOrEqual(2);
      expect(new Set(answers).size).toBe(answers.length);
    }
  });

  it('the residence question in any situation leads to station 1 (legal questions)', () => {
    const residence = paths.filter((p) => p.answers.some((a) => a.endsWith('/aufenthalt') || a.endsWith('/zusage')));
    expect(residence.length).toBeGreaterThan(0);
    for (const path of residence) expect(path.station).toBe(1);
  });

  it('numbers the questions by how many came before', () => {
    expect(questionNumber(firstQuestion)).toBe(1);
    expect(questionNumber('wunsch')).toBe(2);
    expect(questionNumber('vorhanden')).toBe(3);
  });

  it('pre-builds every later question and every result', () => {
    expect(laterSteps()).toEqual(
      expect.arrayContaining([
        ...questionIds.filter((id) => id !== firstQuestion),
        resultStep(1),
        resultStep(2),
        resultStep(3),
        resultStep(4),
      ]),
    );
    expect(laterSteps()).not.toContain(firstQuestion);
  });

  it.each(localeCodes)('has the words for every question and answer in %s', (lang) => {
    for (const id of questionIds) {
      expect(uiStrings[lang][`questionnaire.${id}.question`], `${id}.question`).toBeTruthy();
      for (const answer of questions[id].answers)
        expect(uiStrings[lang][`questionnaire.${id}.${answer.id}`], `${id}.${answer.id}`).toBeTruthy();
    }
  });
});
