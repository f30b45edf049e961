import { EARTH_RADIUS_KM } from './haversineKm.ts';

const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

/**
 * A [west, south, east, north] box, in degrees, holding every point within
 * `km` of a box (or a point, with west = east and south = north): what a
 * spatial index in lon/lat is asked for before exact distances are taken.
 * A little larger than needed, never smaller.
 */
export function kmBox(west: number, south: number, east: number, north: number, km: number): [number, number, number, number] {
  const dLat = (km / KM_PER_DEGREE) * 1.01;
  const widest = Math.min(89, Math.max(Math.abs(south), Math.abs(north)) + dLat);
  const dLon = Math.min(180, (km / (KM_PER_DEGREE * Math.cos((widest * Math.PI) / 180))) * 1.01);
  return [west - dLon, south - dLat, east + dLon, north + dLat];
}
