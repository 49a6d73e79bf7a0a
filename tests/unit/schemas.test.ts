import { describe, expect, it } from 'vitest';
import { eventSchema } from '../../src/schemas/events.ts';
import { guideSchema } from '../../src/schemas/guides.ts';
import { partnerSchema } from '../../src/schemas/partners.ts';

const validEvent = {
  title: 'Informationstag in Halle',
  description: 'Vortrag zum Ausbildungssystem und Beratung an vier Stationen.',
  start: '2026-03-14T16:00',
  end: '2026-03-14T19:00',
  format: 'in-person',
  venue: { name: 'Beispielhaus', town: 'Halle (Saale)', district: 'Halle (Saale)' },
};

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('content schemas', () => {
  it('accepts a complete event and fills defaults', () => {
    const parsed = eventSchema.parse(validEvent);
    expect(parsed.status).toBe('scheduled');
    expect(parsed.stations).toEqual([]);
    expect(parsed.languages).toEqual([]);
  });

  it('accepts a date YAML has already turned into a Date, and a date without time', () => {
    const { end: _end, ...withoutEnd } = validEvent;
    expect(eventSchema.parse({ ...withoutEnd, start: new Date('2026-03-14T00:00:00Z') }).start).toBe('2026-03-14');
  });

  it('accepts an event whose date is not yet known', () => {
    const { start: _s, end: _e, ...undated } = validEvent;
    expect(eventSchema.safeParse(undated).success).toBe(true);
  });

  it('rejects dates and times that do not exist, in German', () => {
    expect(issues(eventSchema.safeParse({ ...validEvent, start: '2026-02-30T10:00', end: undefined }))[0]).toMatch(
      /^start: .*gibt es nicht/,
    );
    expect(issues(eventSchema.safeParse({ ...validEvent, start: '2026-03-29T02:30', end: undefined }))[0]).toMatch(
      /^start: .*Zeitumstellung/,
    );
    expect(issues(eventSchema.safeParse({ ...validEvent, start: '14.03.2026', end: undefined }))[0]).toMatch(
      /^start: /,
    );
  });

  it('needs a venue with a known district for in-person events, not for online ones', () => {
    const { venue: _venue, ...withoutVenue } = validEvent;
    expect(issues(eventSchema.safeParse(withoutVenue))).toEqual([
      'venue: Bei Präsenzveranstaltungen den Veranstaltungsort (venue) angeben.',
    ]);
    expect(eventSchema.safeParse({ ...withoutVenue, format: 'online' }).success).toBe(true);
    const unknownDistrict = issues(
      eventSchema.safeParse({ ...validEvent, venue: { ...validEvent.venue, district: 'Leipzig' } }),
    );
    expect(unknownDistrict[0]).toMatch(
      /^venue\.district: Landkreis oder kreisfreie Stadt aus der Liste wählen: Altmarkkreis Salzwedel/,
    );
  });

  it('rejects an end before the start', () => {
    expect(issues(eventSchema.safeParse({ ...validEvent, end: '2026-03-14T15:00' }))).toEqual([
      'end: Das Ende muss nach dem Beginn liegen.',
    ]);
  });

  it('needs an end for a weekly series, and a start time', () => {
    const open = { ...validEvent, recurrence: { frequency: 'weekly' } };
    expect(issues(eventSchema.safeParse(open))).toEqual([
      'recurrence.until: Eine Wiederholung braucht ein Ende: letzten Termin (until) oder Anzahl (count) angeben.',
    ]);
    const dateOnly = {
      ...validEvent,
      start: '2026-03-14',
      end: undefined,
      recurrence: { frequency: 'weekly', count: 4 },
    };
    expect(issues(eventSchema.safeParse(dateOnly))).toEqual([
      'start: Ein regelmäßiger Termin braucht einen Beginn mit Uhrzeit.',
    ]);
  });

  it('accepts registration only by https link, valid e-mail or phone number', () => {
    expect(
      eventSchema.safeParse({ ...validEvent, registration: { type: 'link', url: 'http://example.org' } }).success,
    ).toBe(false);
    expect(
      eventSchema.safeParse({ ...validEvent, registration: { type: 'link', url: 'https://example.org/anmeldung' } })
        .success,
    ).toBe(true);
    expect(eventSchema.safeParse({ ...validEvent, registration: { type: 'email', email: 'kein-at' } }).success).toBe(
      false,
    );
    expect(
      eventSchema.safeParse({ ...validEvent, registration: { type: 'phone', phone: 'bitte anrufen' } }).success,
    ).toBe(false);
  });

  it('only knows stations 1 to 4 and listed languages', () => {
    expect(eventSchema.safeParse({ ...validEvent, stations: [5] }).success).toBe(false);
    expect(eventSchema.safeParse({ ...validEvent, languages: ['xx'] }).success).toBe(false);
  });

  it('accepts only https addresses for websites and sources', () => {
    const partner = { name: 'Beispiel', description: 'Berät zu Ausbildung und Anerkennung in Sachsen-Anhalt.' };
    expect(partnerSchema.safeParse({ ...partner, website: 'http://example.org' }).success).toBe(false);
    expect(partnerSchema.safeParse({ ...partner, website: 'https://example.org/' }).success).toBe(true);
    expect(partnerSchema.safeParse({ ...partner, website: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('requires a guide page to cite at least one official source', () => {
    const guide = {
      title: 'Was ist eine Ausbildung?',
      description: 'Eine kurze Zusammenfassung in einem Absatz.',
      order: 1,
      lastChecked: '2026-11-25',
    };
    expect(issues(guideSchema.safeParse({ ...guide, sources: [] }))).toEqual([
      'sources: Mindestens eine offizielle Quelle angeben.',
    ]);
  });

  it('takes only plausible days for when a text was changed or checked: from 2025, not in the future', () => {
    const guide = {
      title: 'Was ist eine Ausbildung?',
      description: 'Eine kurze Zusammenfassung in einem Absatz.',
      order: 1,
      lastChecked: '2026-11-25',
      sources: [{ title: 'BBiG', url: 'https://www.gesetze-im-internet.de/bbig_2005/' }],
    };
    expect(guideSchema.safeParse(guide).success).toBe(true);
    expect(issues(guideSchema.safeParse({ ...guide, updated: '1906-11-25' }))).toEqual([
      'updated: Das Datum liegt vor 2025 – die Texte der Kampagne sind von 2025 an. Bitte prüfen.',
    ]);
    expect(issues(guideSchema.safeParse({ ...guide, lastChecked: '2999-01-01' }))).toEqual([
      'lastChecked: Das Datum liegt in der Zukunft. Bitte den Tag angeben, an dem es geschah.',
    ]);
  });
});

describe('dates YAML would silently roll over', () => {
  it('are found in the raw front matter', async () => {
    const { findImpossibleDates } = await import('../../src/lib/content/contentLoader.ts');
    expect(findImpossibleDates('---\ntitle: x\ndate: 2026-02-30\nlastChecked: 2026-11-25\n---\n')).toEqual([
      { field: 'date', value: '2026-02-30' },
    ]);
    expect(findImpossibleDates('---\ndate: 2028-02-29\n---\n')).toEqual([]);
    expect(findImpossibleDates('---\ntitle: x\n---\nIm Text: 2026-02-30\n')).toEqual([]);
  });
});

describe('contact details and translation status readers can trust', () => {
  const partner = {
    name: 'Beispielverein',
    description: 'Ein Verein, der jungen Menschen auf dem Weg in die Ausbildung hilft.',
  };

  it('refuses a phone number, e-mail, WhatsApp number or address without the page it was copied from', () => {
    for (const detail of [
      { phone: '+49 391 000000' },
      { email: 'beratung@example.org' },
      { whatsapp: '+49 170 0000000' },
      { address: { street: 'Beispielweg 1', postalCode: '39104', town: 'Magdeburg' } },
      { openingHours: 'Mo–Do 9–15 Uhr' },
    ]) {
      expect(issues(partnerSchema.safeParse({ ...partner, ...detail }))).toEqual([
        'contactSource: Kontaktdaten nur mit Quelle: unter „Quelle der Kontaktdaten“ die Seite der Organisation (https) und das Prüfdatum angeben.',
      ]);
    }
    const sourced = { url: 'https://example.org/kontakt', checked: '2026-12-03' };
    expect(partnerSchema.safeParse({ ...partner, phone: '+49 391 000000', contactSource: sourced }).success).toBe(true);
    // A website is its own source.
    expect(partnerSchema.safeParse({ ...partner, website: 'https://example.org' }).success).toBe(true);
  });

  it('refuses an e-mail address that is not one, saying how one looks', () => {
    const contactSource = { url: 'https://example.org/kontakt', checked: '2026-12-03' };
    expect(issues(partnerSchema.safeParse({ ...partner, email: 'beratung-at-example.org', contactSource }))).toEqual([
      'email: Eine gültige E-Mail-Adresse angeben, z. B. beratung@example.org.',
    ]);
  });

  it('asks for the source of each office’s contact details too', () => {
    const office = { district: 'Magdeburg', phone: '+49 391 000000' };
    expect(issues(partnerSchema.safeParse({ ...partner, coverage: 'jeder-kreis', offices: [office] }))[0]).toMatch(
      /^offices\.0\.contactSource: Kontaktdaten nur mit Quelle/,
    );
  });

  it('refuses a hotline without its operator’s page and check date', () => {
    const hotline = { name: 'Servicenummer', phone: '+49 911 000000' };
    expect(issues(partnerSchema.safeParse({ ...partner, hotlines: [hotline] })).map((i) => i.split(':')[0])).toEqual([
      'hotlines.0.source',
      'hotlines.0.checked',
    ]);
  });

  it('needs the date of the check when a translation is marked as checked by a native speaker', () => {
    const guide = {
      title: 'Was ist eine Ausbildung?',
      description: 'Eine Ausbildung dauert meist zwei bis drei Jahre, mit Geld vom ersten Monat an.',
      order: 1,
      lastChecked: '2026-11-25',
      sources: [{ title: 'BBiG', url: 'https://www.gesetze-im-internet.de/bbig_2005/' }],
      translationStatus: 'geprueft',
    };
    expect(issues(guideSchema.safeParse(guide))).toEqual([
      'reviewedOn: Bei „geprüft“ das Datum der Prüfung angeben (reviewedOn), z. B. 2026-12-03.',
    ]);
    expect(guideSchema.safeParse({ ...guide, reviewedOn: '2026-12-03' }).success).toBe(true);
    expect(guideSchema.safeParse({ ...guide, translationStatus: 'von-person' }).success).toBe(true);
  });
});
