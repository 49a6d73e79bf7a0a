import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyImageProblems } from '../../src/lib/content/contentImages.ts';

const project = mkdtempSync(join(tmpdir(), 'images-'));
mkdirSync(join(project, 'public/uploads'), { recursive: true });
writeFileSync(join(project, 'public/uploads/stand-beratung.jpg'), '');

describe('images in a Markdown body', () => {
  it('takes an uploaded image with its description', () => {
    expect(bodyImageProblems('Text\n\n![Beratung an Station 2](/uploads/stand-beratung.jpg)\n', project)).toEqual([]);
  });

  it('refuses an image without a description, naming it', () => {
    expect(bodyImageProblems('![](/uploads/stand-beratung.jpg)', project)).toEqual([
      'Bild „/uploads/stand-beratung.jpg“: Die Bildbeschreibung (Alternativtext) fehlt – in der Sprache dieses Textes angeben.',
    ]);
  });

  it('refuses a file that is not there, and images from other sites', () => {
    expect(bodyImageProblems('![Stand](/uploads/stand-beratnug.jpg)', project)).toEqual([
      'Bild „/uploads/stand-beratnug.jpg“: Die Datei fehlt in public/uploads/ – bitte das Bild neu hochladen.',
    ]);
    expect(bodyImageProblems('![Stand][bild]\n\n[bild]: https://example.org/a.png', project)).toEqual([
      'Bild „https://example.org/a.png“: Nur im CMS hochgeladene Bilder (/uploads/…) – die Website lädt nichts von anderen Seiten.',
    ]);
  });

  it('does not take an example in a code block for an image', () => {
    expect(bodyImageProblems('```\n![](/uploads/fehlt.png)\n```', project)).toEqual([]);
  });
});
