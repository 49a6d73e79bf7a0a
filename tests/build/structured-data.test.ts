/** The event pages' schema.org data as search engines read it from the built pages. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HtmlDocument } from '../../src/lib/formats/htmlDocument.ts';
import { builtPages, distDir } from './dist.ts';

const eventPages = builtPages().filter(({ path }) => /^\/[a-z]{2}\/veranstaltungen\/[^/]+\/$/.test(path));
const structuredData = (doc: HtmlDocument) =>
  doc
    .scripts()
    .filter(({ type }) => type === 'application/ld+json')
    .map(({ body }) => JSON.parse(body) as Record<string, unknown>);

describe('event JSON-LD', () => {
  const withDate = eventPages.filter(({ doc }) => structuredData(doc).length > 0);

  it('is on every event page with a known date', () => {
    expect(withDate.length).toBeGreaterThan(0);
  });

  it.each(withDate.map((p) => [p.path, p] as const))('%s', (path, { doc }) => {
    const [event] = structuredData(doc);
    expect(event).toMatchObject({ '@type': 'Event', url: expect.stringContaining(path) });
    // The image is the page's own preview image, and it was drawn.
    const [image] = event!.image as string[];
    expect(existsSync(join(distDir, new URL(image!).pathname)), image).toBe(true);
    expect(event!.organizer).toMatchObject({ '@type': 'Organization', name: 'KAUSA-Landesstelle Sachsen-Anhalt' });
    expect(event!.startDate).toMatch(/^\d{4}-\d{2}-\d{2}/);
    // A date-only event fills its day.
    if (!String(event!.startDate).includes('T')) expect(event!.endDate).toBe(event!.startDate);
  });
});
