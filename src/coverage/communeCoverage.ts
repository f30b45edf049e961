import { pointToPolygonDistance } from '@turf/turf';
import type { CommuneFeature, TwinPairFeature } from '../data/types.ts';
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

/** Distances do not depend on the radius: computed once; `flagged` applies a radius. */
export function communeCoverage(communes: readonly CommuneFeature[], stations: readonly Station[], twinPairs: readonly TwinPairFeature[]): CommuneCoverage[] {
  return communes.map((c) => {
    let nearestKm = Infinity;
    let nearestStation: string | null = null;
    for (const s of stations) {
      // Negative inside the polygon: a station in the commune is at distance 0.
      const d = Math.max(0, pointToPolygonDistance([s.lon, s.lat], c, { units: 'kilometers' }));
      if (d < nearestKm) {
        nearestKm = d;
        nearestStation = s.id;
      }
    }
    return {
      id: c.properties.id, name: c.properties.name, provinceId: c.properties.provinceId, nearestKm, nearestStation,
      borderKm: c.properties.borderKmEst, twins: twinPairs.filter((t) => t.properties.vnCommuneId === c.properties.id).length,
    };
  });
}

/** Communes with neither a station within the radius nor a twinned village: the planner's blind spots. */
export function flagged(rows: readonly CommuneCoverage[], radiusKm: number): CommuneCoverage[] {
  return rows.filter((r) => r.nearestKm > radiusKm && r.twins === 0);
}
