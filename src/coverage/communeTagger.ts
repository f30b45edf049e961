import Flatbush from 'flatbush';
import KDBush from 'kdbush';
import { bbox as turfBbox, booleanPointInPolygon } from '@turf/turf';
import type { CommuneFeature } from '../data/types.ts';
import type { PieceTagger } from './coverageData.ts';
import { haversineKm } from './haversineKm.ts';
import { kmBox } from './kmBox.ts';

/**
 * Tags a point of the border with the commune whose area holds it (the
 * first in the file where outlines overlap), else with the province of the
 * nearest commune centre. Indexes of outlines and centres answer each point
 * from the few communes around it.
 */
export function communeTagger(communes: readonly CommuneFeature[]): PieceTagger {
  if (communes.length === 0) return () => ({ group: null, area: null });
  const outlines = new Flatbush(communes.length);
  const centres = new KDBush(communes.length);
  for (const c of communes) {
    const [w, s, e, n] = turfBbox(c);
    outlines.add(w, s, e, n);
    centres.add(c.properties.centre[0], c.properties.centre[1]);
  }
  outlines.finish();
  centres.finish();
  return (lon, lat) => {
    let holder = -1;
    for (const i of outlines.search(lon, lat, lon, lat)) {
      if ((holder < 0 || i < holder) && booleanPointInPolygon([lon, lat], communes[i]!)) holder = i;
    }
    if (holder >= 0) return { group: communes[holder]!.properties.provinceId, area: communes[holder]!.properties.id };
    // Widening boxes until one holds a centre nearer than the box's reach: every centre outside is further.
    for (let km = 20; ; km *= 4) {
      const everywhere = km > 20_000;
      const near = everywhere ? communes.map((_, i) => i) : centres.range(...kmBox(lon, lat, lon, lat, km));
      let best = -1;
      let bestKm = Infinity;
      for (const i of near) {
        const [x, y] = communes[i]!.properties.centre;
        const d = haversineKm(lon, lat, x, y);
        if (d < bestKm || (d === bestKm && i < best)) {
          bestKm = d;
          best = i;
        }
      }
      if (best >= 0 && (bestKm <= km || everywhere)) return { group: communes[best]!.properties.provinceId, area: null };
      if (everywhere) return { group: null, area: null };
    }
  };
}
