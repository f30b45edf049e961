import type { Feature, LineString, MultiLineString } from 'geojson';
import { borderPieces, pointOnPiece, type BorderPieces } from './borderPieces.ts';
import { computeSectors, type SectorRun } from './computeSectors.ts';
import { coverPiece, mergeIntervals } from './coverPiece.ts';
import { findGaps, type Gap } from './findGaps.ts';
import { haversineKm } from './haversineKm.ts';
import type { Station } from './Station.ts';

const NONE: [number, number][] = [];

/**
 * What a piece of border lies in: the group its figures add to (a province), and areas it crosses (communes).
 * Given the piece's middle and the index of the border feature it came from, so a tagger may go by place (the app,
 * by commune area) or by the line's own properties (the CLI, by provinceId).
 */
export type PieceTagger = (lon: number, lat: number, feature: number) => { group: string | null; area: string | null };

export interface StationCoverage {
  station: Station;
  /** Border nearer to this station than to any other, km. */
  sectorKm: number;
  /** Of that, within the radius, km. */
  coveredKm: number;
}

export interface GroupCoverage {
  group: string;
  totalKm: number;
  coveredKm: number;
}

export interface CoverageResult {
  radiusKm: number;
  totalKm: number;
  coveredKm: number;
  stations: StationCoverage[];
  /** Per group (province), in order of first appearance along the border. */
  groups: GroupCoverage[];
  gaps: (Gap & { areas: string[] })[];
  /** Covered stretches per piece, as [t0, t1] of its length. */
  covered: [number, number][][];
}

export interface CoverageModel {
  pieces: BorderPieces;
  stations: readonly Station[];
  /** Sectors do not depend on the radius: computed once. */
  sectors: SectorRun[];
  /** Where one station's sector gives way to the next along a line, also computed once. */
  splits: [number, number][];
  pieceGroup: (string | null)[];
  pieceArea: (string | null)[];
  /** Coverage at one radius; the part a slider recomputes. */
  at(radiusKm: number): CoverageResult;
}

/**
 * Everything about the border and the stations that does not depend on the
 * radius (pieces, distances from every station to every piece's ends,
 * sectors, tags), so that moving the radius only redoes the covered stretches.
 */
export function prepareCoverage(border: readonly Feature<LineString | MultiLineString>[], stations: readonly Station[], tag?: PieceTagger): CoverageModel {
  const pieces = borderPieces(border);
  const n = stations.length;
  const d0 = new Float64Array(pieces.count * n);
  const d1 = new Float64Array(pieces.count * n);
  for (let i = 0; i < pieces.count; i++) {
    for (let s = 0; s < n; s++) {
      const st = stations[s]!;
      d0[i * n + s] = haversineKm(pieces.lon0[i]!, pieces.lat0[i]!, st.lon, st.lat);
      d1[i * n + s] = haversineKm(pieces.lon1[i]!, pieces.lat1[i]!, st.lon, st.lat);
    }
  }
  const sectors = computeSectors(pieces, stations, d0, d1);
  const splits = sectors
    .filter((run, k) => k > 0 && sectors[k - 1]!.station !== run.station && pieces.line[sectors[k - 1]!.piece] === pieces.line[run.piece])
    .map((run) => pointOnPiece(pieces, run.piece, run.t0));
  const runsByPiece: SectorRun[][] = Array.from({ length: pieces.count }, () => []);
  for (const run of sectors) runsByPiece[run.piece]!.push(run);
  const tags = Array.from({ length: pieces.count }, (_, i) => (tag ? tag(...pointOnPiece(pieces, i, 0.5), pieces.lineFeature[pieces.line[i]!]!) : { group: null, area: null }));
  const pieceGroup = tags.map((x) => x.group);
  const pieceArea = tags.map((x) => x.area);

  function at(radiusKm: number): CoverageResult {
    const covered: [number, number][][] = [];
    let coveredKm = 0;
    let totalKm = 0;
    const groups = new Map<string, GroupCoverage>();
    for (let i = 0; i < pieces.count; i++) {
      let list: [number, number][] | null = null;
      const half = pieces.km[i]! / 2;
      for (let s = 0; s < n; s++) {
        const a = d0[i * n + s]!;
        const b = d1[i * n + s]!;
        // No point of a straight piece is further than half its length from both ends.
        if (Math.min(a, b) - half > radiusKm) continue;
        const part = coverPiece(pieces, i, stations[s]!.lon, stations[s]!.lat, radiusKm, a, b);
        if (part) (list ??= []).push(part);
      }
      // Most pieces are covered by none or one station: no sorting, no new array for them.
      const merged = list === null ? NONE : list.length === 1 ? list : mergeIntervals(list);
      covered.push(merged);
      const km = merged.reduce((sum, [a, b]) => sum + (b - a), 0) * pieces.km[i]!;
      coveredKm += km;
      totalKm += pieces.km[i]!;
      const g = pieceGroup[i];
      if (g != null) {
        const entry = groups.get(g) ?? { group: g, totalKm: 0, coveredKm: 0 };
        entry.totalKm += pieces.km[i]!;
        entry.coveredKm += km;
        groups.set(g, entry);
      }
    }
    const perStation = stations.map((station) => ({ station, sectorKm: 0, coveredKm: 0 }));
    for (const run of sectors) {
      const row = perStation[run.station]!;
      const km = pieces.km[run.piece]!;
      row.sectorKm += (run.t1 - run.t0) * km;
      // Within its own sector a station is the nearest, so the border there is covered exactly where it covers it.
      for (const [a, b] of covered[run.piece]!) row.coveredKm += Math.max(0, Math.min(b, run.t1) - Math.max(a, run.t0)) * km;
    }
    const gaps = findGaps(pieces, covered, stations, d0, d1, runsByPiece).map((g) => ({
      ...g,
      areas: [...new Set(g.spans.map((s) => pieceArea[s.piece]).filter((a): a is string => a != null))],
    }));
    return { radiusKm, totalKm, coveredKm, stations: perStation, groups: [...groups.values()], gaps, covered };
  }

  return { pieces, stations, sectors, splits, pieceGroup, pieceArea, at };
}
