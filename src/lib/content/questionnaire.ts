/**
 * "Which station is right for me?": two or three questions that end at one of
 * the four stations. The structure lives here (pure data, unit-tested: every
 * path ends at a station, every station is reachable); the words live in the
 * UI strings as `questionnaire.<question>.question` and `questionnaire.<question>.<answer>`.
 *
 * Each question and each result is a pre-built page (`routes.questionnaire`),
 * so every answer is a plain link and a result can be shared.
 */
export type StationNumber = 1 | 2 | 3 | 4;

export type Next = { question: QuestionId } | { station: StationNumber };

export interface Answer {
  /** Unique within its question; part of the UI string key. */
  id: string;
  next: Next;
}

export interface Question {
  id: QuestionId;
  answers: readonly Answer[];
}

export type QuestionId = 'lage' | 'wunsch' | 'wunsch-mit-beruf' | 'vorhanden';

export const firstQuestion: QuestionId = 'lage';

export const questions: Readonly<Record<QuestionId, Question>> = {
  // Age and situation.
  lage: {
    id: 'lage',
    answers: [
      { id: 'schule', next: { question: 'wunsch' } },
      { id: 'ohne-beruf', next: { question: 'wunsch' } },
      { id: 'mit-beruf', next: { question: 'wunsch-mit-beruf' } },
      { id: 'eltern', next: { question: 'wunsch' } },
    ],
  },
  // What you want.
  wunsch: {
    id: 'wunsch',
    answers: [
      { id: 'aufenthalt', next: { station: 1 } },
      { id: 'orientierung', next: { station: 2 } },
      { id: 'ausbildung', next: { question: 'vorhanden' } },
      { id: 'weiterbildung', next: { station: 4 } },
    ],
  },
  'wunsch-mit-beruf': {
    id: 'wunsch-mit-beruf',
    answers: [
      { id: 'anerkennung', next: { station: 4 } },
      { id: 'neuer-beruf', next: { question: 'vorhanden' } },
      { id: 'aufenthalt', next: { station: 1 } },
    ],
  },
  // What you already have.
  vorhanden: {
    id: 'vorhanden',
    answers: [
      { id: 'zusage', next: { station: 1 } },
      { id: 'zeugnis', next: { station: 3 } },
      { id: 'noch-nichts', next: { station: 3 } },
    ],
  },
};

export const questionIds = Object.keys(questions) as QuestionId[];

/** The URL segment of a result: `/xx/welche-station/station-3/`. */
export const resultStep = (station: StationNumber) => `station-${station}`;

/** The URL segment an answer leads to; the first question has none (it is the section's own page). */
export function stepOf(next: Next): string {
  return 'station' in next ? resultStep(next.station) : next.question;
}

const stationNumbers: StationNumber[] = [1, 2, 3, 4];

/** The URL segments of the four results. */
export const resultSteps = () => stationNumbers.map(resultStep);

/** Every pre-built step below the first: the later questions and the four results. */
export function laterSteps(): string[] {
  return [...questionIds.filter((id) => id !== firstQuestion), ...resultSteps()];
}

/** How many questions a reader has answered on reaching a question (1 for the first). */
export function questionNumber(id: QuestionId): number {
  const depth = new Map<QuestionId, number>([[firstQuestion, 1]]);
  const queue: QuestionId[] = [firstQuestion];
  while (queue.length > 0) {
    const current = queue.shift()!;
    for (const answer of questions[current].answers) {
      if ('question' in answer.next && !depth.has(answer.next.question)) {
        depth.set(answer.next.question, depth.get(current)! + 1);
        queue.push(answer.next.question);
      }
    }
  }
  const n = depth.get(id);
  if (n === undefined) throw new Error(`Question "${id}" cannot be reached from "${firstQuestion}".`);
  return n;
}

/**
 * Every way through the questions: the answers given and the station reached.
 * Throws on a loop, so a path can never go round in circles.
 */
export function allPaths(): { answers: string[]; station: StationNumber }[] {
  const paths: { answers: string[]; station: StationNumber }[] = [];
  const walk = (id: QuestionId, answers: string[], seen: Set<QuestionId>) => {
    if (seen.has(id)) throw new Error(`The questions loop back to "${id}".`);
    for (const answer of questions[id].answers) {
      const taken = [...answers, `${id}/${answer.id}`];
      if ('station' in answer.next) paths.push({ answers: taken, station: answer.next.station });
      else walk(answer.next.question, taken, new Set([...seen, id]));
    }
  };
  walk(firstQuestion, [], new Set());
  return paths;
}
