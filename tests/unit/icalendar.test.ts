/**
 * The calendar files are read back by ical.js, a real iCalendar parser, not
 * by the code that wrote them.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { foldLine, toICalendar, type CalendarEvent } from '../../src/lib/formats/icalendar.ts';

const stamp = new Date('2026-11-25T08:00:00Z');
const weekly: CalendarEvent = {
  uid: 'online-beratung@example.org',
  summary: 'Online-Beratung: Ausbildung, Schule, Anerkennung; Fragen, Antworten',
  description:
    'Für Jugendliche, Eltern und Betreuende.\nAuch auf Arabisch: الاستشارة عبر الإنترنت – und auf Ukrainisch: консультація.',
  url: 'https://example.org/de/veranstaltungen/online-beratung/',
  start: { date: '2026-03-04', time: '16:00' },
  end: { date: '2026-03-04', time: '17:30' },
  weekly: { until: '2026-12-16', exceptions: ['2026-04-01'] },
  status: 'CONFIRMED',
  language: 'de',
};

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  const timezone = component.getFirstSubcomponent('vtimezone')!;
  ICAL.TimezoneService.register(new ICAL.Timezone(timezone));
  return component;
}

describe('iCalendar files', () => {
  const ics = toICalendar({ name: 'Veranstaltungen', events: [weekly], stamp });

  it('use CRLF line ends and lines of at most 75 octets', () => {
    expect(ics).toMatch(/\r\n$/);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('fold without splitting a multi-byte character', () => {
    const folded = foldLine('DESCRIPTION:' + 'ب'.repeat(100));
    expect(folded.split('\r\n ').join('')).toBe('DESCRIPTION:' + 'ب'.repeat(100));
  });

  it('parse back with the same text, escapes and all', () => {
    const event = new ICAL.Event(parse(ics).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(weekly.summary);
    expect(event.description).toBe(weekly.description);
    expect(event.uid).toBe(weekly.uid);
    expect(parse(ics).getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('repeat weekly at 16:00 Berlin time all year, skipping the exception, across both clock changes', () => {
    const event = new ICAL.Event(parse(ics).getFirstSubcomponent('vevent')!);
    const iterator = event.iterator();
    const starts: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) starts.push(next.toJSDate().toISOString());
    expect(starts[0]).toBe('2026-03-04T15:00:00.000Z'); // winter: UTC+1
    expect(starts).toContain('2026-04-08T14:00:00.000Z'); // summer: UTC+2, same 16:00 on the wall
    expect(starts).toContain('2026-11-04T15:00:00.000Z'); // winter again
    expect(starts).not.toContain('2026-04-01T14:00:00.000Z'); // the exception
    expect(starts.at(-1)).toBe('2026-12-16T15:00:00.000Z');
    expect(starts).toHaveLength(42 - 1);
  });

  it('mark a cancelled event as cancelled', () => {
    const cancelled = toICalendar({
      name: 'x',
      stamp,
      events: [{ ...weekly, weekly: undefined, status: 'CANCELLED' }],
    });
    expect(parse(cancelled).getFirstSubcomponent('vevent')!.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('write an event with an unknown time as an all-day entry', () => {
    const allDay = toICalendar({
      name: 'x',
      stamp,
      events: [{ ...weekly, weekly: undefined, start: { date: '2025-06-26' }, end: undefined }],
    });
    const event = new ICAL.Event(parse(allDay).getFirstSubcomponent('vevent')!);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2025-06-26');
    expect(event.endDate.toString()).toBe('2025-06-27');
  });

  it('refuses a weekly event without an end', () => {
    expect(() => toICalendar({ name: 'x', stamp, events: [{ ...weekly, weekly: {} }] })).toThrow(/needs an end date/);
  });
});
