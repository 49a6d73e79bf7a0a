/**
 * Bad content must stop the build with the file and the field named, so an
 * editor's mistake never reaches readers. A field the schema refuses is
 * caught where the content is loaded – the first step of every build – so
 * Astro's content sync with the real config and schemas is enough to see it.
 * The loader's own checks are in content-loader-fails-build.test.ts (a file of
 * their own, so the two run side by side), the mistakes only rendering the
 * pages finds in tests/build/content-references.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { astroError } from '../fixtures/invalid-content/runAstro.ts';

// One schema rule per collection stands for all: the schemas' own rules are unit-tested in
// schemas.test.ts; here only that loading stops and names file and field. Not concurrent:
// Astro runs one content sync per process at a time.
describe('a field the schema refuses fails the build, naming file and field', () => {
  it.each([
    ['missing-title', 'content/guides/de/ohne-titel.md', 'title'],
    ['glossary-without-description', 'content/glossary/de/probezeit.md', 'description'],
    ['regional-without-districts', 'content/partners/de/kammer-ohne-bezirk.md', 'districts'],
  ])('%s', async (fixture, file, field) => {
    const error = await astroError(fixture);
    expect(error).toContain(file);
    expect(error).toContain(field);
  });
});
