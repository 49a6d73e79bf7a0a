/** Every calendar file the site publishes parses with ical.js, a real iCalendar parser. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/core/locales.ts';
import { contentChangeDate } from '../../src/lib/content/contentChangeDate.ts';
import { assertBuilt, distDir } from './dist.ts';

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

  it.each(files.map((f) => ['/' + relative(distDir, f), f]))(
    '%s parses, with CRLF line ends and Europe/Berlin',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      expect(text.replace(/\r\n/g, '')).not.toContain('\n');
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Berlin');
      for (const vevent of calendar.getAllSubcomponents('vevent')) {
        expect(vevent.getFirstPropertyValue('uid')).toBeTruthy();
        expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
      }
    },
  );
});

describe('event feeds', () => {
  it.each([...localeCodes])('the %s Atom feed exists in its language and the event list links it', (lang) => {
    const xml = readFileSync(join(distDir, lang, 'veranstaltungen/feed.xml'), 'utf8');
    expect(xml).toMatch(new RegExp(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`));
    const list = readFileSync(join(distDir, lang, 'veranstaltungen/index.html'), 'utf8');
    expect(list).toContain(`<link rel="alternate" type="application/atom+xml"`);
    expect(list).toContain(`href="/${lang}/veranstaltungen/feed.xml"`);
  });

  it.each([...localeCodes])('the %s feed dates each entry by its own file, not by the build', (lang) => {
    const xml = readFileSync(join(distDir, lang, 'veranstaltungen/feed.xml'), 'utf8');
    const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    expect(entries.length).toBeGreaterThan(0);
    const dates: Date[] = [];
    for (const entry of entries) {
      const slug = entry.match(/veranstaltungen\/([^/"]+)\/"/)![1]!;
      const updated = new Date(entry.match(/<updated>([^<]+)<\/updated>/)![1]!);
      // The page shows German where there is no translation: then the German file's date.
      const own = join('content/events', lang, `${slug}.md`);
      const file = existsSync(own) ? own : join('content/events/de', `${slug}.md`);
      expect(updated.toISOString(), `${lang}/${slug}`).toBe(contentChangeDate(file).toISOString());
      dates.push(updated);
    }
    const feedUpdated = new Date(xml.match(/<\/title>\s*[\s\S]*?<updated>([^<]+)<\/updated>/)![1]!);
    expect(feedUpdated.getTime()).toBeGreaterThanOrEqual(Math.max(...dates.map((d) => d.getTime())));
  });
});
