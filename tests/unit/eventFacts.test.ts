import { describe, expect, it } from 'vitest';
import type { CollectionEntry } from 'astro:content';
import { getTranslator } from '../../src/i18n/translator.ts';
import { eventLanguages, eventPlace, eventTime, posterFacts } from '../../src/lib/events/eventFacts.ts';

type EventData = CollectionEntry<'events'>['data'];

/** An event with the fields the facts read; the rest of the schema's fields do not matter here. */
const event = (fields: Partial<EventData>) =>
  ({ title: 'Infotag', format: 'in-person', languages: [], status: 'scheduled', stations: [], ...fields }) as EventData;

const de = getTranslator('de');
const ar = getTranslator('ar');
const now = new Date('2026-03-01T11:00:00Z');
const venue = {
  name: 'Bürgerhaus',
  street: 'Markt 1',
  postalCode: '06108',
  town: 'Halle (Saale)',
  district: 'Halle (Saale)',
} as const;

describe('the facts of an event, in words', () => {
  it('gives the hours from start and end time, and nothing without a start time', () => {
    expect(eventTime(event({ start: '2026-03-18T16:00', end: '2026-03-18T18:00' }), de)).toBe('16:00 bis 18:00 Uhr');
    expect(eventTime(event({ start: '2026-03-18T16:00' }), de)).toBe('ab 16:00 Uhr');
    expect(eventTime(event({ start: '2026-03-18T16:00', end: '2026-03-18T18:00' }), ar)).toBe(
      'من الساعة 16:00 إلى الساعة 18:00',
    );
    expect(eventTime(event({ start: '2026-03-18' }), de)).toBeUndefined();
    expect(eventTime(event({}), de)).toBeUndefined();
  });

  it("names the languages in the reader's language, and nothing when none are given", () => {
    expect(eventLanguages(event({ languages: ['ar', 'de'] }), 'de')).toBe('Arabisch und Deutsch');
    expect(eventLanguages(event({ languages: ['ar', 'de'] }), 'ar')).toBe('العربية والألمانية');
    expect(eventLanguages(event({ languages: [] }), 'de')).toBeUndefined();
  });

  it('gives the full address of a venue, nothing for an event without one', () => {
    expect(eventPlace(event({ venue }))).toBe('Bürgerhaus, Markt 1, 06108 Halle (Saale)');
    expect(eventPlace(event({ format: 'online' }))).toBeUndefined();
  });
});

describe('what a poster says of an event', () => {
  it('joins the date and the hours, with the address and the languages', () => {
    expect(
      posterFacts(
        event({ start: '2026-03-18T16:00', end: '2026-03-18T18:00', venue, languages: ['ar', 'de'] }),
        'de',
        de,
        now,
      ),
    ).toEqual({
      when: '18. März 2026, 16:00 bis 18:00 Uhr',
      where: 'Bürgerhaus, Markt 1, 06108 Halle (Saale)',
      languages: 'Arabisch und Deutsch',
    });
  });

  it('says "to be announced" for an undated event and "Online" without a venue', () => {
    expect(posterFacts(event({ format: 'online' }), 'de', de, now)).toEqual({
      when: 'Wochentag und Uhrzeit werden hier veröffentlicht, sobald sie feststehen.',
      where: 'Online',
      languages: undefined,
    });
  });
});
