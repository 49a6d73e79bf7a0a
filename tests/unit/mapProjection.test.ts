import { describe, expect, it } from 'vitest';
import outline from '../../src/data/sachsen-anhalt-outline.geo.json';
import { places2025 } from '../../src/data/campaign.ts';
import { createProjection, ringToPath, type LonLat } from '../../src/lib/formats/mapProjection.ts';

const ring = outline.features[0]!.geometry.coordinates[0] as unknown as LonLat[];

/** Ray casting: is the point inside the polygon? */
function inside([x, y]: [number, number], polygon: [number, number][]): boolean {
  let result = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

describe('the map of Saxony-Anhalt', () => {
  const projection = createProjection(ring, 400, 12);
  const projected = ring.map(projection.project);

  it('keeps north up and west left, and fits the outline into the drawing', () => {
    const magdeburg = projection.project([11.628, 52.12]);
    const halle = projection.project([11.97, 51.483]);
    expect(halle[1]).toBeGreaterThan(magdeburg[1]); // Halle is south of Magdeburg: lower on the map
    expect(halle[0]).toBeGreaterThan(magdeburg[0]); // …and east: further right, in every language
    for (const [x, y] of projected) {
      expect(x).toBeGreaterThanOrEqual(12);
      expect(x).toBeLessThanOrEqual(388);
      expect(y).toBeGreaterThanOrEqual(12);
      expect(y).toBeLessThanOrEqual(projection.height - 11);
    }
    // The state is taller than wide (about 230 km by 180 km).
    expect(projection.height).toBeGreaterThan(projection.width);
  });

  it('puts every 2025 place inside the state', () => {
    for (const place of places2025) {
      expect(inside(projection.project([place.lon, place.lat]), projected), place.district).toBe(true);
    }
  });

  it('draws the outline as one closed path in whole pixels, without points too close to see', () => {
    const path = ringToPath(ring, projection.project);
    // One move, then relative steps as pairs of whole numbers ("l3 -2 5 0" written "l3-2 5 0").
    expect(path).toMatch(/^M\d+ \d+l-?\d+(?: |(?=-))-?\d+(?:(?: |(?=-))-?\d+(?: |(?=-))-?\d+)*Z$/);
    const numbers = path.slice(1, -1).replace('l', ' ').match(/-?\d+/g)!.map(Number);
    const points = numbers.length / 2;
    expect(points).toBeLessThan(ring.length);
    expect(points).toBeGreaterThan(150);
    // The steps add up to the same points as the projection, rounded.
    const [x0, y0] = projection.project(ring[0]!).map(Math.round);
    expect([numbers[0], numbers[1]]).toEqual([x0, y0]);
  });

  it('writes a ring of one point as a move alone', () => {
    expect(ringToPath([[11.6, 52.1]], projection.project)).toMatch(/^M\d+ \d+Z$/);
  });
});
