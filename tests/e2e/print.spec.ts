/**
 * The printed sizes, measured in the PDF Chromium prints: a flyer is an A6
 * sheet (105 × 148 mm), a poster an A4 sheet – as the page's `@page` rule says.
 */
import { expect, test } from '@playwright/test';

/** The first page's size in PDF points (1 pt = 1/72 inch), from its MediaBox. */
function firstPageSize(pdf: Buffer): { width: number; height: number } {
  const box = pdf.toString('latin1').match(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/);
  if (!box) throw new Error('The PDF has no MediaBox.');
  const [x0, y0, x1, y1] = box.slice(1).map(Number) as [number, number, number, number];
  return { width: x1 - x0, height: y1 - y0 };
}
const points = (mm: number) => (mm / 25.4) * 72;

for (const [layout, widthMm, heightMm] of [
  ['flyer', 105, 148],
  ['plakat', 210, 297],
] as const) {
  test(`the ${layout} prints on a ${widthMm} × ${heightMm} mm sheet`, async ({ page }) => {
    await page.goto(`/de/veranstaltungen/online-beratung/${layout}/`);
    const size = firstPageSize(await page.pdf({ preferCSSPageSize: true }));
    expect(Math.abs(size.width - points(widthMm))).toBeLessThan(1.5);
    expect(Math.abs(size.height - points(heightMm))).toBeLessThan(1.5);
  });
}
