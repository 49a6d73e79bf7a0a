/**
 * What YAML and Astro's glob loader would let through – a date that does not
 * exist, an MDX file, an image with no description or no file – the
 * content loader (src/lib/content/contentLoader.ts) refuses, naming the file
 * and the field. Seen through Astro's content sync with the real config, the
 * first step of every build.
 */
import { describe, expect, it } from 'vitest';
import { astroError } from '../fixtures/invalid-content/runAstro.ts';

// Not concurrent: Astro runs one content sync per process at a time.
describe('the content loader stops the build on what the schema cannot see, naming file and field', () => {
  it.each([
    [
      'impossible-date',
      'content/events/de/falsches-datum.md',
      'field "start": 2026-02-30 – Dieses Datum gibt es nicht',
    ],
    ['mdx-file', 'content/pages/de/seite.mdx', 'Markdown (.md) only'],
  ])('%s', async (fixture, file, field) => {
    const error = await astroError(fixture);
    expect(error).toContain(file);
    expect(error).toContain(field);
  });

  // The image rules are unit-tested in contentImages.test.ts; one fixture, both mistakes, shows
  // the loader checks a body's images against public/uploads/ and names the field.
  it('an image with neither description nor file', async () => {
    const error = await astroError('image-without-alt');
    expect(error).toContain('content/guides/de/bild-ohne-text.md');
    expect(error).toContain(
      'field "body": Bild „/uploads/gibt-es-nicht.jpg“: Die Bildbeschreibung (Alternativtext) fehlt',
    );
    expect(error).toContain('Bild „/uploads/gibt-es-nicht.jpg“: Die Datei fehlt in public/uploads/');
  });
});
