/**
 * Mistakes only building the pages can find – an entry naming another that
 * does not exist, a file named like one of the site's own addresses – must
 * stop the build with the file and the field named. Each case is built with
 * the real config, schemas and pages (Astro's build, in this process); the
 * mistakes loading the content already catches are in
 * tests/unit/invalid-content-fails-build.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { astroError } from '../fixtures/invalid-content/runAstro.ts';

// Not concurrent: Astro runs one build per process at a time.
describe('references between entries are checked when the pages are built', () => {
  it('an event naming a partner that does not exist fails the build', async () => {
    const error = await astroError('unknown-partner', 'build');
    expect(error).toContain('content/events/de/unbekannter-partner.md');
    expect(error).toContain('field "partners" names "gibt-es-nicht"');
  });

  it('a station naming a guide page that does not exist fails the build', async () => {
    const error = await astroError('unknown-guide-in-station', 'build');
    expect(error).toContain('content/stations/de/1.md');
    expect(error).toContain('field "guides" names "gibt-es-nicht"');
  });

  it("an event file named like one of the event list's own addresses fails the build", async () => {
    const error = await astroError('reserved-event-slug', 'build');
    expect(error).toContain('content/events/de/archiv.md');
    expect(error).toContain('an event file may not be named "archiv"');
  });

  it('a station file not named 1 to 4 fails the build', async () => {
    const error = await astroError('misnamed-station', 'build');
    expect(error).toContain('content/stations/de/5.md');
    expect(error).toContain("a station's file name is its number");
  });
});
