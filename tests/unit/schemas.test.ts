import { describe, expect, it } from 'vitest';
import { eventSchema, guideSchema, partnerSchema } from '../../src/schemas/content';

const validEvent = {
  title: 'Informationstag in Halle',
  description: 'Vortrag zum Ausbildungssystem und Beratung an vier Stationen.',
  date: '2026-03-14',
  format: 'in-person',
  town: 'Halle (Saale)',
};

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('content schemas', () => {
  it('accepts a complete event and fills defaults', () => {
    const parsed = eventSchema.parse(validEvent);
    expect(parsed.status).toBe('scheduled');
    expect(parsed.stations).toEqual([]);
  });

  it('accepts a date YAML has already turned into a Date', () => {
    expect(eventSchema.parse({ ...validEvent, date: new Date('2026-03-14T00:00:00Z') }).date).toBe('2026-03-14');
  });

  it('rejects dates that do not exist and times in the wrong form, in German', () => {
    expect(issues(eventSchema.safeParse({ ...validEvent, date: '2026-02-30' }))).toEqual(['date: Dieses Datum gibt es nicht.']);
    expect(issues(eventSchema.safeParse({ ...validEvent, date: '14.03.2026' }))[0]).toMatch(/^date: Datum im Format JJJJ-MM-TT/);
    expect(issues(eventSchema.safeParse({ ...validEvent, startTime: '9:00' }))[0]).toMatch(/^startTime: Uhrzeit im Format HH:MM/);
  });

  it('needs a town for in-person events but not for online ones', () => {
    const { town: _town, ...withoutTown } = validEvent;
    expect(issues(eventSchema.safeParse(withoutTown))).toEqual(['town: Bei Präsenzveranstaltungen den Ort angeben.']);
    expect(eventSchema.safeParse({ ...withoutTown, format: 'online' }).success).toBe(true);
  });

  it('rejects an end before the start', () => {
    expect(issues(eventSchema.safeParse({ ...validEvent, startTime: '16:00', endTime: '15:00' }))).toEqual([
      'endTime: Das Ende muss nach dem Beginn liegen.',
    ]);
  });

  it('only knows stations 1 to 4', () => {
    expect(eventSchema.safeParse({ ...validEvent, stations: [5] }).success).toBe(false);
  });

  it('accepts only https addresses for websites and sources', () => {
    const partner = { name: 'Beispiel', description: 'Berät zu Ausbildung und Anerkennung in Sachsen-Anhalt.' };
    expect(partnerSchema.safeParse({ ...partner, website: 'http://example.org' }).success).toBe(false);
    expect(partnerSchema.safeParse({ ...partner, website: 'https://example.org/' }).success).toBe(true);
    expect(partnerSchema.safeParse({ ...partner, website: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('requires a guide page to cite at least one official source', () => {
    const guide = { title: 'Was ist eine Ausbildung?', description: 'Eine kurze Zusammenfassung in einem Absatz.', order: 1, lastChecked: '2026-11-25' };
    expect(issues(guideSchema.safeParse({ ...guide, sources: [] }))).toEqual(['sources: Mindestens eine offizielle Quelle angeben.']);
  });
});

describe('dates YAML would silently roll over', () => {
  it('are found in the raw front matter', async () => {
    const { findImpossibleDates } = await import('../../src/lib/contentLoader');
    expect(findImpossibleDates('---\ntitle: x\ndate: 2026-02-30\nlastChecked: 2026-11-25\n---\n')).toEqual([{ field: 'date', value: '2026-02-30' }]);
    expect(findImpossibleDates('---\ndate: 2028-02-29\n---\n')).toEqual([]);
    expect(findImpossibleDates('---\ntitle: x\n---\nIm Text: 2026-02-30\n')).toEqual([]);
  });
});
