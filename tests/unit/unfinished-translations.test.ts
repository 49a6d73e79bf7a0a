/**
 * What Decap writes for a language left blank (a 1-byte file, or only the
 * copied facts without the texts) counts as "not translated yet": readers get
 * German with a notice. A wrong value in a translation still fails the build.
 */
import { describe, expect, it } from 'vitest';
import { isUnfinished, withoutBlanks } from '../../src/lib/content/blankValues.ts';
import { schemas } from '../../src/schemas/index.ts';

describe('empty and unfinished translations', () => {
  it('drops what the CMS writes for empty fields', () => {
    expect(
      withoutBlanks({
        title: 'A',
        street: '',
        email: null,
        stations: [],
        recurrence: { exceptions: [] },
        venue: { name: 'Haus', street: '' },
      }),
    ).toEqual({ title: 'A', venue: { name: 'Haus' } });
  });

  it('an empty file is unfinished', () => {
    expect(isUnfinished(schemas.events, {})).toBe(true);
  });

  it('a file with the copied facts but no title or description is unfinished', () => {
    expect(isUnfinished(schemas.events, withoutBlanks({ format: 'online', stations: ['1'], title: '' }))).toBe(true);
  });

  it('a translation with a wrong value is not unfinished: it must fail the build', () => {
    expect(
      isUnfinished(schemas.events, {
        title: 'Info day',
        description: 'A description that is long enough to pass.',
        format: 'online',
        start: '2030-02-30',
      }),
    ).toBe(false);
  });

  it('a complete translation is not unfinished', () => {
    expect(
      isUnfinished(schemas.events, {
        title: 'Info day',
        description: 'A description that is long enough to pass.',
        format: 'online',
      }),
    ).toBe(false);
  });
});
