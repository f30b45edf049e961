import KDBush from 'kdbush';
import { bbox as turfBbox, pointToPolygonDistance } from '@turf/turf';
import type { CommuneFeature, TwinPairFeature } from '../data/types.ts';
import { haversineKm } from './haversineKm.ts';
import { kmBox } from './kmBox.ts';
import type { Station } from './Station.ts';

/** What a planner asks of each border commune: how far its nearest station is, its border, its twinned villages. */
export interface CommuneCoverage {
  id: string;
  name: string;
  provinceId: string;
  /** Km from the commune's area to the nearest station; 0 when a station stands in it. */
  nearestKm: number;
  nearestStation: string | null;
  borderKm: number | null;
  twins: number;
}

/**
 * Distances do not depend on the radius: computed once; `flagged` applies a
 * radius. Stations are looked up in an index, nearest first by a bound (the
 * distance to the commune's bounding box), and measured to the outline only
 * while they could still be the nearest: a commune measures one or two
 * stations, not every station of the country. Those within `cutoffKm` are
 * looked at first; a commune with none that near looks at all of them, so
 * the figures are the same as measuring every station.
 */
export function communeCoverage(
  communes: readonly CommuneFeature[], stations: readonly Station[], twinPairs: readonly Pick<TwinPairFeature, 'properties'>[],
  cutoffKm = 50, onProgress: (fraction: number) => void = () => {},
): CommuneCoverage[] {
  const twins = new Map<string, number>();
  for (const t of twinPairs) if (t.properties.vnCommuneId) twins.set(t.properties.vnCommuneId, (twins.get(t.properties.vnCommuneId) ?? 0) + 1);
  const index = stations.length > 0 ? new KDBush(stations.length) : null;
  if (index) {
    for (const s of stations) index.add(s.lon, s.lat);
    index.finish();
  }
  const every = stations.map((_, s) => s);
  return communes.map((c, k) => {
    if (k % 50 === 0) onProgress(k / communes.length);
    const box = turfBbox(c) as [number, number, number, number];
    const near = index ? index.range(...kmBox(box[0], box[1], box[2], box[3], cutoffKm)) : [];
    let found = nearest(c, box, stations, near);
    if (found.km > cutoffKm) found = nearest(c, box, stations, every);
    return {
      id: c.properties.id, name: c.properties.name, provinceId: c.properties.provinceId, nearestKm: found.km, nearestStation: found.station,
      borderKm: c.properties.borderKmEst, twins: twins.get(c.properties.id) ?? 0,
    };
  });
}

/** The nearest of the stations given, by the same measure as turf's point-to-polygon distance; the first in station order on a tie. */
function nearest(c: CommuneFeature, box: [number, number, number, number], stations: readonly Station[], candidates: readonly number[]): { km: number; station: string | null } {
  // A lower bound on each station's distance: to the box, less a margin for the sphere bending the box's sides.
  const bounds = candidates.map((s) => {
    const st = stations[s]!;
    const km = haversineKm(st.lon, st.lat, Math.min(box[2], Math.max(box[0], st.lon)), Math.min(box[3], Math.max(box[1], st.lat)));
    return { s, bound: km * 0.99 - 0.05 };
  }).sort((a, b) => a.bound - b.bound || a.s - b.s);
  let km = Infinity;
  let best = -1;
  for (const { s, bound } of bounds) {
    if (bound > km) break;
    const st = stations[s]!;
    // Negative inside the polygon: a station in the commune is at distance 0.
    const d = Math.max(0, pointToPolygonDistance([st.lon, st.lat], c, { units: 'kilometers' }));
    if (d < km || (d === km && s < best)) {
      km = d;
      best = s;
    }
  }
  return { km, station: best < 0 ? null : stations[best]!.id };
}

/** Communes with neither a station within the radius nor a twinned village: the planner's blind spots. */
export function flagged(rows: readonly CommuneCoverage[], radiusKm: number): CommuneCoverage[] {
  return rows.filter((r) => r.nearestKm > radiusKm && r.twins === 0);
}
