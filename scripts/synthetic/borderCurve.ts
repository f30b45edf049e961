import { seededRandom } from '../build-data/random.ts';

const RAD = Math.PI / 180;
/** Sampling step of the curve's centre line, km. */
const STEP_KM = 0.25;

/**
 * A synthetic border as a map from strip coordinates to the globe: `s` km
 * along the line, `d` km across it (positive on the Vietnamese side). The
 * centre line turns slowly (its radius of curvature stays above 100 km) and
 * the border itself wanders a km or two around it, so every shape drawn in
 * the strip (a Voronoi cell, a band) lands on the globe without folding.
 */
export interface BorderCurve {
  lengthKm: number;
  /** How far across the line the mapping stays one-to-one, km, on each side. */
  reachKm: number;
  at(s: number, d: number): [number, number];
}

export function borderCurve(lengthKm: number, seed: number, reachKm = 80): BorderCurve {
  const random = seededRandom(seed);
  const n = Math.max(2, Math.ceil(lengthKm / STEP_KM) + 1);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  const heading = new Float64Array(n);
  // Starts near Vietnam's north-western corner, heading east, and bends south the way the real line does.
  lon[0] = 102.2;
  lat[0] = 22.4;
  const waves = [0, 1, 2].map(() => ({ length: 600 + random() * 700, phase: random() * 2 * Math.PI, amp: 0.15 + random() * 0.1 }));
  // Radius of curvature: trend at least 500 km, each wave at least 380 km, all together above 100 km.
  const trendRate = Math.min((150 * RAD) / Math.max(1, lengthKm), 0.002);
  for (let i = 0; i < n; i++) {
    const s = i * STEP_KM;
    // The trend turns up to 150° over the whole length, the waves add bends of a few hundred km.
    heading[i] = 90 * RAD + s * trendRate + waves.reduce((h, w) => h + w.amp * Math.sin((2 * Math.PI * s) / w.length + w.phase), 0);
    if (i === 0) continue;
    const h = heading[i - 1]!;
    lat[i] = lat[i - 1]! + (STEP_KM * Math.cos(h)) / 110.574;
    lon[i] = lon[i - 1]! + (STEP_KM * Math.sin(h)) / (111.32 * Math.cos(lat[i - 1]! * RAD));
  }
  // The border's own meander around the centre line: a few short waves, under 2 km in all.
  const wiggles = [0, 1, 2, 3].map((k) => ({ length: 3 + k * 4 + random() * 4, phase: random() * 2 * Math.PI, amp: 0.25 + random() * 0.25 }));
  const meander = (s: number) => wiggles.reduce((m, w) => m + w.amp * Math.sin((2 * Math.PI * s) / w.length + w.phase), 0);

  function at(s: number, d: number): [number, number] {
    const x = Math.min(n - 1, Math.max(0, s / STEP_KM));
    const i = Math.min(n - 2, Math.floor(x));
    const f = x - i;
    const cLon = lon[i]! + (lon[i + 1]! - lon[i]!) * f;
    const cLat = lat[i]! + (lat[i + 1]! - lat[i]!) * f;
    const h = heading[i]! + (heading[i + 1]! - heading[i]!) * f;
    // The meander fades out across the strip, so its far edges stay parallel to the centre line.
    const across = d + meander(s) * Math.max(0, 1 - Math.abs(d) / reachKm);
    // Vietnam lies to the right of the direction of travel.
    const normal = h + Math.PI / 2;
    return [cLon + (across * Math.sin(normal)) / (111.32 * Math.cos(cLat * RAD)), cLat + (across * Math.cos(normal)) / 110.574];
  }

  return { lengthKm, reachKm, at };
}
