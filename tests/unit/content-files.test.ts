/**
 * Every content file is written as the CMS writes it (`src/lib/content/contentFile.ts`),
 * so saving one language in the CMS changes nothing in the other files.
 * `npm run format:content` rewrites files that drifted (the data stays the same).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentFile, parseContentFile } from '../../src/lib/content/contentFile.ts';

const content = resolve(import.meta.dirname, '../../content');
const files = readdirSync(content, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.md'))
  .sort();

describe('content files', () => {
  it('are all written the way the CMS writes them', () => {
    const drifted = files.filter((file) => {
      const text = readFileSync(join(content, file), 'utf8');
      return formatContentFile(parseContentFile(text)) !== text;
    });
    expect(drifted, 'run `npm run format:content`').toEqual([]);
    expect(files.length).toBeGreaterThan(300);
  });

  it('keep their data, order and body through the CMS format', () => {
    const text = [
      '---',
      'title: Kick-off in Magdeburg',
      'description: "A: colon, and a long line that Decap’s own writer would have folded at eighty characters wide"',
      'start: 2025-06-26',
      'stations: [1, 2, 3, 4]',
      'venue:',
      '  name: Rathaus',
      '  postalCode: "06112"',
      'sources:',
      '  - title: BBiG',
      '    url: https://www.gesetze-im-internet.de/bbig_2005/',
      '---',
      '',
      'First **a talk**.',
      '',
      '![Beratung](/uploads/a.png)',
      '',
    ].join('\n');
    const data = parseContentFile(text);
    expect(data).toMatchObject({ start: '2025-06-26', stations: [1, 2, 3, 4], venue: { postalCode: '06112' } });
    expect(formatContentFile(data)).toBe(text);
    // Empty fields (as the CMS sends them) are left out, new fields go at the end.
    expect(formatContentFile({ ...data, street: null, languages: [], note: '', capacity: 20 })).toBe(
      text.replace('---\n\nFirst', 'capacity: 20\n---\n\nFirst'),
    );
  });
});
