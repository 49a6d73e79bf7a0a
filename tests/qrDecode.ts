/**
 * Reading QR codes back in the tests, with a real decoder (jsQR): SVG is
 * rasterised by resvg; a PNG (a browser screenshot) is decoded by resvg too,
 * by drawing it as an SVG image.
 */
import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';

function decodePixels(rendered: { pixels: Buffer; width: number; height: number }): string | undefined {
  const data = new Uint8ClampedArray(rendered.pixels.buffer, rendered.pixels.byteOffset, rendered.pixels.length);
  return jsQR(data, rendered.width, rendered.height)?.data;
}

/** The text of the QR code in an SVG document, drawn at `width` pixels on white. */
export function decodeQrSvg(svg: string, width = 600): string | undefined {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, background: '#ffffff' }).render();
  return decodePixels({ pixels: image.pixels, width: image.width, height: image.height });
}

/** The pixel size of a PNG, from its header. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The text of a QR code somewhere in a PNG (e.g. a screenshot). */
export function decodeQrPng(png: Buffer): string | undefined {
  const { width, height } = pngSize(png);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const image = new Resvg(svg, { background: '#ffffff' }).render();
  return decodePixels({ pixels: image.pixels, width: image.width, height: image.height });
}
