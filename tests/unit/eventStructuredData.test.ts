import { describe, expect, it } from 'vitest';
import {
  eventStructuredData,
  jsonLdScript,
  type EventStructuredDataInput,
} from '../../src/lib/events/eventStructuredData.ts';

const base: EventStructuredDataInput = {
  event: {
    title: 'Informationstag',
    description: 'Vortrag und Beratung an vier Stationen.',
    status: 'scheduled',
    format: 'in-person',
    venue: {
      name: 'Rathaus',
      street: 'Markt 1',
      postalCode: '06366',
      town: 'Köthen',
      district: 'Anhalt-Bitterfeld' as const,
    },
    languages: ['de', 'ar'],
  },
  occurrence: { date: '2027-03-14', time: '16:00' },
  url: 'https://example.org/de/veranstaltungen/x/',
  image: 'https://example.org/og/de/veranstaltungen/x.png',
  organiser: { name: 'KAUSA-Landesstelle Sachsen-Anhalt', url: 'https://kausa-sachsen-anhalt.de/' },
  textLanguage: 'de',
};

describe('eventStructuredData', () => {
  it('gives what search engines recommend: Berlin times as instants, full address, image, organiser', () => {
    const data = eventStructuredData({ ...base, event: { ...base.event, end: '2027-03-14T18:00' } });
    expect(data).toMatchObject({
      '@type': 'Event',
      startDate: '2027-03-14T15:00:00.000Z',
      endDate: '2027-03-14T17:00:00.000Z',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Rathaus',
        address: { streetAddress: 'Markt 1', postalCode: '06366', addressLocality: 'Köthen', addressCountry: 'DE' },
      },
      image: [base.image],
      organizer: { '@type': 'Organization', name: 'KAUSA-Landesstelle Sachsen-Anhalt' },
      inLanguage: ['de', 'ar'],
    });
    // No source states a price: no offers.
    expect(data).not.toHaveProperty('offers');
  });

  it('ends a date-only event on its day, and leaves an unknown end time out', () => {
    expect(eventStructuredData({ ...base, occurrence: { date: '2027-03-14' } })).toMatchObject({
      startDate: '2027-03-14',
      endDate: '2027-03-14',
    });
    expect(eventStructuredData(base)).not.toHaveProperty('endDate');
  });

  it('dates a weekly series by the occurrence shown, with the series’ end time', () => {
    const data = eventStructuredData({
      ...base,
      event: { ...base.event, end: '2027-01-06T17:00' },
      occurrence: { date: '2027-07-07', time: '16:00' },
    });
    // Summer time: two hours ahead of UTC.
    expect(data).toMatchObject({ startDate: '2027-07-07T14:00:00.000Z', endDate: '2027-07-07T15:00:00.000Z' });
  });

  it('leaves out address parts that are not known, and places an online event at its page', () => {
    const unknownStreet = eventStructuredData({
      ...base,
      event: { ...base.event, venue: { name: 'Rathaus', town: 'Köthen', district: 'Anhalt-Bitterfeld' } },
    });
    expect((unknownStreet.location as { address: object }).address).not.toHaveProperty('streetAddress');
    const online = eventStructuredData({ ...base, event: { ...base.event, format: 'online', venue: undefined } });
    expect(online.location).toEqual({ '@type': 'VirtualLocation', url: base.url });
  });

  it('cannot be closed early by a title', () => {
    expect(jsonLdScript({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});
