import type { Feature, Polygon, Position } from 'geojson';
import { signedArea, STRIP_KM } from './stripCells.ts';

/** Km of land drawn beyond the strip of communes on each side, for the basemap. */
const LAND_KM = 30;

/** Vietnam's land (the strip and some beyond), and each neighbour's across its stretch of the line. */
export function landFeatures(km: number, stops: number[], at: (s: number, d: number) => Position, split: number): Feature[] {
  const band = (s0: number, s1: number, d: number) => {
    const n = Math.max(1, Math.ceil((s1 - s0) / 2));
    const along = stops.filter((s) => s >= s0 && s <= s1).map((s) => at(s, 0));
    const side = (s: number) => Array.from({ length: Math.ceil(Math.abs(d) / 2) + 1 }, (_, k) => at(s, (d * k) / Math.ceil(Math.abs(d) / 2)));
    const far = Array.from({ length: n + 1 }, (_, k) => at(s1 - ((s1 - s0) * k) / n, d));
    const ring = dedupe([...(along[0] && sameAs(along[0], at(s0, 0)) ? [] : [at(s0, 0)]), ...along, ...side(s1).slice(1), ...far.slice(1), ...side(s0).reverse().slice(1)]);
    if (signedArea(ring) < 0) ring.reverse();
    return { type: 'Polygon' as const, coordinates: [[...ring, ring[0]!]] };
  };
  const depth = STRIP_KM + LAND_KM;
  const land = (iso: string, nameVi: string, nameEn: string, geometry: Polygon): Feature => ({ type: 'Feature', properties: { iso, nameVi, nameEn }, geometry });
  return [
    land('VN', 'Việt Nam', 'Vietnam', band(0, km, depth)),
    ...(split > 0 ? [land('CN', 'Trung Quốc', 'China', band(0, split, -depth))] : []),
    ...(split < km ? [land('LA', 'Lào', 'Laos', band(split, km, -depth))] : []),
  ];
}

const sameAs = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];
const dedupe = (ring: Position[]) => ring.filter((p, i) => i === 0 || !sameAs(p, ring[i - 1]!)).filter((p, i, all) => i < all.length - 1 || !sameAs(p, all[0]!));
