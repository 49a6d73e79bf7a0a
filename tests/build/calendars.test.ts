/** Every calendar file the site publishes parses with ical.js, a real iCalendar parser. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales';
import { assertBuilt, distDir } from './dist';

function icsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? icsFiles(path) : name.endsWith('.ics') ? [path] : [];
  });
}

describe('calendar files in the built site', () => {
  assertBuilt();
  const files = icsFiles(distDir);

  it('include a subscribable calendar per language', () => {
    const names = files.map((f) => '/' + relative(distDir, f));
    for (const lang of localeCodes) expect(names).toContain(`/${lang}/veranstaltungen/kalender.ics`);
  });

  it.each(files.map((f) => ['/' + relative(distDir, f), f]))('%s parses, with CRLF line ends and Europe/Berlin', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
    for (const vevent of calendar.getAllSubcomponents('vevent')) {
      expect(vevent.getFirstPropertyValue('uid')).toBeTruthy();
      expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
    }
  });
});
