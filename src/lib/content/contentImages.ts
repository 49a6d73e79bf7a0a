/**
 * The build's check of the images in a Markdown body: what the text shows
 * (`markdownImages.ts`) and whether each uploaded file is really there, so a
 * typo never builds into a broken image.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { imageTextProblems, markdownImages } from './markdownImages.ts';
import { uploadsAddress, uploadsFolder } from './uploads.ts';

/**
 * Everything wrong with the images of a Markdown body, in German, for the build: the text's
 * problems and uploads whose file is missing.
 *
 * @example bodyImageProblems('![](/uploads/a.png)', '.') // ['Bild „/uploads/a.png“: Die Bildbeschreibung (Alternativtext) fehlt – …', …]
 */
export function bodyImageProblems(body: string, projectRoot: string): string[] {
  const missing = markdownImages(body)
    .filter(({ url }) => url.startsWith(`${uploadsAddress}/`))
    .filter(({ url }) => {
      const name = decodeURIComponent(url.slice(uploadsAddress.length + 1).split(/[?#]/)[0]!);
      return !existsSync(join(projectRoot, uploadsFolder, name));
    })
    .map(({ url }) => `Bild „${url}“: Die Datei fehlt in ${uploadsFolder}/ – bitte das Bild neu hochladen.`);
  return [...imageTextProblems(body), ...missing];
}
