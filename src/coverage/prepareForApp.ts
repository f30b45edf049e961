import type { BorderLineFeature, CommuneFeature, TwinPairFeature } from '../data/types.ts';
import { communeCoverage, type CommuneCoverage } from './communeCoverage.ts';
import { coverageData, type CoverageData } from './coverageData.ts';
import { communeTagger } from './communeTagger.ts';
import type { Station } from './Station.ts';

/** What the coverage view is prepared from: the dataset's parts it measures, nothing more, to be sent to a worker. */
export interface CoverageRequest {
  border: BorderLineFeature[];
  stations: Station[];
  /** The border communes (inland ones have no border to cover, and no piece of border lies in them). */
  communes: CommuneFeature[];
  twinPairs: Pick<TwinPairFeature, 'properties'>[];
  /** The largest radius the view offers, km. */
  cutoffKm: number;
  /**
   * For communes drawn from vector tiles, whose features here carry only
   * their bounding box: the layer's GeoJSON file (an absolute URL), which the
   * worker fetches for the border communes' outlines (withOutlines.ts).
   */
  outlines?: string;
}

export interface PreparedCoverage {
  data: CoverageData;
  communes: CommuneCoverage[];
}

/** Everything the coverage view needs that no radius changes: what its worker computes, once per dataset. */
export function prepareForApp(req: CoverageRequest, onProgress: (fraction: number) => void = () => {}): PreparedCoverage {
  // The border's pieces take a tenth of the time at national size, the communes' distances the rest.
  const data = coverageData(req.border, req.stations, communeTagger(req.communes), req.cutoffKm);
  onProgress(0.1);
  const communes = communeCoverage(req.communes, req.stations, req.twinPairs, req.cutoffKm, (f) => onProgress(0.1 + 0.9 * f));
  onProgress(1);
  return { data, communes };
}

/** The typed arrays a prepared coverage holds, handed over to the page instead of copied. */
export function transferables(p: PreparedCoverage): ArrayBuffer[] {
  const { pieces, reach } = p.data;
  return [pieces.lon0, pieces.lat0, pieces.lon1, pieces.lat1, pieces.km, pieces.line, pieces.startKm, reach.offsets, reach.station, reach.d0, reach.d1]
    .map((a) => a.buffer as ArrayBuffer);
}
