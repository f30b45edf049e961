import type { Feature, LineString, MultiLineString } from 'geojson';
import { borderPieces, pointOnPiece, type BorderPieces } from './borderPieces.ts';
import { computeSectors, type SectorRun } from './computeSectors.ts';
import type { Station } from './Station.ts';
import { stationReach, type StationReach } from './stationReach.ts';

/**
 * What a piece of border lies in: the group its figures add to (a province), and areas it crosses (communes).
 * Given the piece's middle and the index of the border feature it came from, so a tagger may go by place (the app,
 * by commune area) or by the line's own properties (the CLI, by provinceId).
 */
export type PieceTagger = (lon: number, lat: number, feature: number) => { group: string | null; area: string | null };

/**
 * Everything about the border and the stations that does not depend on the
 * radius, as plain data (typed arrays, arrays, strings): a worker computes
 * it and the page receives it as it is.
 */
export interface CoverageData {
  pieces: BorderPieces;
  stations: readonly Station[];
  /** The stations each piece can use, with their distances to its ends. */
  reach: StationReach;
  /** Sectors do not depend on the radius: computed once. */
  sectors: SectorRun[];
  /** Where one station's sector gives way to the next along a line, also computed once. */
  splits: [number, number][];
  pieceGroup: (string | null)[];
  pieceArea: (string | null)[];
}

/**
 * Pieces, the stations within reach of each, sectors and tags. `cutoffKm`
 * is the largest radius the model will be asked for: stations further than
 * that from a piece are not measured to it (the app's slider stops at 50 km;
 * the CLI, given any radius, leaves it at Infinity).
 */
export function coverageData(border: readonly Feature<LineString | MultiLineString>[], stations: readonly Station[], tag?: PieceTagger, cutoffKm = Infinity): CoverageData {
  const pieces = borderPieces(border);
  const reach = stationReach(pieces, stations, cutoffKm);
  const sectors = computeSectors(pieces, stations, reach);
  const splits = sectors
    .filter((run, k) => k > 0 && sectors[k - 1]!.station !== run.station && pieces.line[sectors[k - 1]!.piece] === pieces.line[run.piece])
    .map((run) => pointOnPiece(pieces, run.piece, run.t0));
  const tags = Array.from({ length: pieces.count }, (_, i) => (tag ? tag(...pointOnPiece(pieces, i, 0.5), pieces.lineFeature[pieces.line[i]!]!) : { group: null, area: null }));
  return { pieces, stations, reach, sectors, splits, pieceGroup: tags.map((x) => x.group), pieceArea: tags.map((x) => x.area) };
}
