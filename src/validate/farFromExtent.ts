import type { Bbox, FeatureIssue } from './FeatureIssue.ts';
import { phrase } from './Phrase.ts';

/**
 * Farther than this outside the dataset's extent, a feature is more likely a
 * slip (a missing minus sign, a 0 for an unknown coordinate) than a place of
 * the region: a neighbouring province's stations still fit.
 */
export const FAR_KM = 150;

const EARTH_KM = 6371.0088;

/** A warning for a feature lying far outside the dataset's extent, with the distance and the extent. */
export function farFromExtent(box: Bbox, extent: Bbox): FeatureIssue | null {
  // The feature's nearest corner or side to the extent, and the extent's nearest point to it.
  const lon = clamp((extent[0] + extent[2]) / 2, box[0], box[2]);
  const lat = clamp((extent[1] + extent[3]) / 2, box[1], box[3]);
  const km = distanceKm(lon, lat, clamp(lon, extent[0], extent[2]), clamp(lat, extent[1], extent[3]));
  if (km <= FAR_KM) return null;
  return {
    code: 'far-from-dataset', property: 'geometry.coordinates',
    expected: phrase('expected.nearExtent', { km: FAR_KM, extent: `[${extent.join(', ')}]` }),
    found: phrase('found.farAway', { at: `[${lon}, ${lat}]`, km: Math.round(km) }),
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
