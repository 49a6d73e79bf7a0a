/**
 * QR codes as SVG, drawn at build time (nothing is generated in the reader's
 * browser or fetched from a QR service). Error correction level M survives a
 * creased or slightly dirty poster; the quiet zone is the four modules the
 * standard asks for, so the code scans even when printed edge to edge.
 */
import { encode } from 'uqr';

const quietZone = 4;

interface QrCodeOptions {
  /** The accessible name of the image (`<title>`). */
  title?: string;
  /** Text printed under the code (in the file for download; the poster prints it as HTML). */
  caption?: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The dark modules as one path; each run of dark modules in a row is one rectangle. */
function modulesPath(data: boolean[][]): string {
  const parts: string[] = [];
  data.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      let run = 1;
      while (row[x + run]) run++;
      parts.push(`M${x + quietZone} ${y + quietZone}h${run}v1h-${run}z`);
      x += run - 1;
    }
  });
  return parts.join('');
}

/**
 * @example qrCodeSvg('https://example.org/ar/', { title: 'QR-Code', caption: 'example.org/ar' })
 */
export function qrCodeSvg(text: string, options: QrCodeOptions = {}): string {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const side = size + 2 * quietZone;
  const captionHeight = options.caption ? 5 : 0;
  const title = options.title ? `<title>${escapeXml(options.title)}</title>` : '';
  const caption = options.caption
    ? `<text x="${side / 2}" y="${side + 2.5}" text-anchor="middle" font-family="'Noto Sans', Arial, sans-serif" font-size="2.6" fill="#000">${escapeXml(options.caption)}</text>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side + captionHeight}" role="img"${options.title ? '' : ' aria-hidden="true"'} shape-rendering="crispEdges">` +
    `${title}<rect width="${side}" height="${side + captionHeight}" fill="#fff"/>` +
    `<path fill="#000" d="${modulesPath(data)}"/>${caption}</svg>`
  );
}
