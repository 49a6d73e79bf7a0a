/**
 * Projects the outline of Saxony-Anhalt and places on it into SVG
 * coordinates at build time, so the map needs no script and no tile server.
 * Equirectangular with the longitude scaled by the cosine of the middle
 * latitude: true enough in shape for a state 2° tall. A projection library
 * (d3-geo) would do the same in many times the code for one fixed projection.
 */

export type LonLat = readonly [number, number];

export interface Projection {
  width: number;
  height: number;
  project: (point: LonLat) => [number, number];
}

/**
 * A projection that fits `ring` into `width` (plus `padding` on every side).
 *
 * @example createProjection([[10, 50], [12, 52]], 100).project([10, 52]) // [0 + padding, 0 + padding]
 */
export function createProjection(ring: readonly LonLat[], width: number, padding = 0): Projection {
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const inner = width - 2 * padding;
  const k = inner / ((maxLon - minLon) * xScale);
  const height = Math.ceil((maxLat - minLat) * k + 2 * padding);
  return {
    width,
    height,
    project: ([lon, lat]) => [
      Math.round(((lon - minLon) * xScale * k + padding) * 10) / 10,
      Math.round(((maxLat - lat) * k + padding) * 10) / 10,
    ],
  };
}

/**
 * An SVG path for a closed ring, in whole pixels, leaving out points closer
 * than `minDistance` to the last one kept: at phone size they draw nothing,
 * and the page stays inside its size budget.
 */
export function ringToPath(ring: readonly LonLat[], project: Projection['project'], minDistance = 2): string {
  const kept: [number, number][] = [];
  for (const point of ring) {
    const [x, y] = project(point).map(Math.round) as [number, number];
    const last = kept.at(-1);
    if (!last || Math.hypot(x - last[0], y - last[1]) >= minDistance) kept.push([x, y]);
  }
  // Relative steps after the first point ("l3-2"): shorter than absolute ones and they compress better.
  const number = (n: number) => (n < 0 ? `${n}` : ` ${n}`);
  const steps = kept.slice(1).map(([x, y], i) => `${number(x - kept[i]![0])}${number(y - kept[i]![1])}`);
  const [start] = kept;
  if (!start) return '';
  return `M${start[0]} ${start[1]}${steps.length > 0 ? `l${steps.join('').trimStart()}` : ''}Z`;
}
