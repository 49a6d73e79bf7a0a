/**
 * Where the build reads content from: `content/`, or – with the documented
 * switch `EXAMPLE_EVENTS=1` – a copy of it with the invented example events
 * from `tests/fixtures/example-events/` added, so a newcomer or a test can
 * see a full calendar. The switch can never reach production: it is refused
 * when `SITE_URL` is a public address.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isLocalAddress } from '../../core/site.ts';

export const exampleEventsEnabled = process.env.EXAMPLE_EVENTS === '1';

/** @throws when example events are switched on for a public site address. */
export function assertExampleEventsAllowed(siteUrl: string | undefined): void {
  if (exampleEventsEnabled && siteUrl !== undefined && !isLocalAddress(siteUrl)) {
    throw new Error(
      `EXAMPLE_EVENTS=1 adds invented events and is for local builds only; it cannot be combined with SITE_URL=${siteUrl}.`,
    );
  }
}

/**
 * Another content folder to build from, for the benchmark's generated corpus
 * (`CONTENT_DIR=/tmp/… OUT_DIR=/tmp/… astro build`); never set for the site.
 */
const benchmarkContentDir = process.env.CONTENT_DIR;

/** The content folder to build from (a relative path, as Astro's loaders expect). */
export function contentRoot(projectRoot: string = process.cwd()): string {
  if (benchmarkContentDir) return relative(projectRoot, resolve(benchmarkContentDir)) || '.';
  if (!exampleEventsEnabled) return './content';
  assertExampleEventsAllowed(process.env.SITE_URL);
  const merged = join('node_modules', '.cache', 'example-content');
  const target = resolve(projectRoot, merged);
  if (existsSync(target)) rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(resolve(projectRoot, 'content'), target, { recursive: true });
  cpSync(resolve(projectRoot, 'tests/fixtures/example-events'), join(target, 'events'), {
    recursive: true,
    filter: (source) => !source.endsWith('README.md'),
  });
  writeArchiveExamples(join(target, 'events', 'de'));
  // Other invented entries the browser tests need (a translation older than its German text).
  cpSync(resolve(projectRoot, 'tests/fixtures/example-content'), target, {
    recursive: true,
    filter: (source) => !source.endsWith('README.md'),
  });
  return `./${merged}`;
}

/** Past example events: more than one archive page of them, so the browser tests can page through it. */
export const archiveExampleCount = 20;

function writeArchiveExamples(folder: string): void {
  for (let n = 1; n <= archiveExampleCount; n++) {
    const day = `2024-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 27)).padStart(2, '0')}`;
    writeFileSync(
      join(folder, `beispiel-archiv-${String(n).padStart(2, '0')}.md`),
      [
        '---',
        `title: "Beispiel: Vergangene Online-Sprechstunde ${n}"`,
        'description: Beispieltermin für Tests – einer von vielen vergangenen Terminen im Archiv.',
        `start: ${day}T16:00`,
        `end: ${day}T17:00`,
        'format: online',
        'languages: [de]',
        '---',
        '',
        'Ein erfundener vergangener Termin.',
        '',
      ].join('\n'),
    );
  }
}
