/**
 * Bad content must stop the build with the file and the field named, so an
 * editor's mistake never reaches readers. Each fixture is validated by the
 * real Astro config and schemas, in a throwaway copy of the project.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/invalid-content');
const workDirs: string[] = [];

/** Runs Astro on a copy of the project with the fixture's content; asynchronous, so fixtures run side by side. */
async function runAstro(fixture: string, command: 'sync' | 'build' = 'sync') {
  const dir = mkdtempSync(join(tmpdir(), 'sawd-invalid-'));
  workDirs.push(dir);
  for (const entry of ['src', 'admin', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(root, entry), join(dir, entry), { recursive: true });
  // The packages, linked one by one: Astro and Vite keep their caches in node_modules/.astro and
  // .vite, and fixtures built side by side must not share them.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules')))
    if (!name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
  // The CMS page bundles Decap (seconds per build) and reads no content: not needed to validate it.
  rmSync(join(dir, 'src/pages/admin'), { recursive: true, force: true });
  cpSync(join(fixtures, '_base'), join(dir, 'content'), { recursive: true });
  cpSync(join(fixtures, fixture), join(dir, 'content'), { recursive: true });
  // process.execPath is the project's Node 24 when the tests run through npm.
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), command], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((done) => child.on('close', done));
  return { status, output };
}

describe.concurrent('references between entries are checked when the pages are built', () => {
  it('an event naming a partner that does not exist fails the build', async () => {
    const { status, output } = await runAstro('unknown-partner', 'build');
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/events/de/unbekannter-partner.md');
    expect(output).toContain('field "partners" names "gibt-es-nicht"');
  });

  it('a station naming a guide page that does not exist fails the build', async () => {
    const { status, output } = await runAstro('unknown-guide-in-station', 'build');
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/stations/de/1.md');
    expect(output).toContain('field "guides" names "gibt-es-nicht"');
  });

  it("an event file named like one of the event list's own addresses fails the build", async () => {
    const { status, output } = await runAstro('reserved-event-slug', 'build');
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/events/de/archiv.md');
    expect(output).toContain('an event file may not be named "archiv"');
  });

  it('a station file not named 1 to 4 fails the build', async () => {
    const { status, output } = await runAstro('misnamed-station', 'build');
    expect(status, output).not.toBe(0);
    expect(output).toContain('content/stations/de/5.md');
    expect(output).toContain("a station's file name is its number");
  });
});

afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true });
});

// One schema rule (a missing title, an insecure website, …) stands for all: the schemas' own rules are
// unit-tested in schemas.test.ts; here only that the build stops and names file and field.
describe.concurrent('invalid content fails the build, naming file and field', () => {
  it.each([
    ['missing-title', 'content/guides/de/ohne-titel.md', 'title'],
    ['impossible-date', 'content/events/de/falsches-datum.md', 'Dieses Datum gibt es nicht'],
    ['insecure-website', 'content/partners/de/unsichere-adresse.md', 'website'],
    ['invalid-email', 'content/partners/de/falsche-email.md', 'email'],
    ['regional-without-districts', 'content/partners/de/kammer-ohne-bezirk.md', 'districts'],
    ['mdx-file', 'content/pages/de/seite.mdx', 'Markdown (.md) only'],
    ['glossary-without-description', 'content/glossary/de/probezeit.md', 'description'],
    [
      'image-missing',
      'content/guides/de/bild-fehlt.md',
      'field "body": Bild „/uploads/gibt-es-nicht.jpg“: Die Datei fehlt',
    ],
    ['image-without-alt', 'content/guides/de/bild-ohne-text.md', 'Die Bildbeschreibung (Alternativtext) fehlt'],
  ])('%s', async (fixture, file, field) => {
    const { status, output } = await runAstro(fixture);
    expect(status, output).not.toBe(0);
    expect(output).toContain(file);
    expect(output).toContain(field);
  });
});
