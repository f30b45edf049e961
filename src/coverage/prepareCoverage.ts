import type { Feature, LineString, MultiLineString } from 'geojson';
import type { BorderPieces } from './borderPieces.ts';
import type { SectorRun } from './computeSectors.ts';
import { coverageData, type CoverageData, type PieceTagger } from './coverageData.ts';
import { coverPiece, mergeIntervals } from './coverPiece.ts';
import { findGaps, type Gap } from './findGaps.ts';
import type { Station } from './Station.ts';

export type { PieceTagger };

const NONE: [number, number][] = [];
/** Shared by every piece a station covers whole, never changed: no arrays made for most pieces at larger radii. */
const WHOLE: [number, number][] = [[0, 1]];

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
 * radius (pieces, the stations within reach of each, sectors, tags), so that
 * moving the radius only redoes the covered stretches. `cutoffKm`: the
 * largest radius `at` will be asked for (see coverageData).
 */
export function prepareCoverage(border: readonly Feature<LineString | MultiLineString>[], stations: readonly Station[], tag?: PieceTagger, cutoffKm = Infinity): CoverageModel {
  return coverageModel(coverageData(border, stations, tag, cutoffKm));
}

/** The model over data prepared elsewhere (by the coverage worker, for the app). */
export function coverageModel(data: CoverageData): CoverageModel {
  const { pieces, stations, reach, sectors, splits, pieceGroup, pieceArea } = data;
  const { offsets, station, d0, d1 } = reach;
  const runsByPiece: SectorRun[][] = Array.from({ length: pieces.count }, () => []);
  for (const run of sectors) runsByPiece[run.piece]!.push(run);

  function at(radiusKm: number): CoverageResult {
    if (radiusKm > reach.cutoffKm) throw new RangeError(`coverage at ${radiusKm} km: the model was prepared for radii up to ${reach.cutoffKm} km`);
    const covered: [number, number][][] = [];
    let coveredKm = 0;
    let totalKm = 0;
    const groups = new Map<string, GroupCoverage>();
    for (let i = 0; i < pieces.count; i++) {
      let list: [number, number][] | null = null;
      const half = pieces.km[i]! / 2;
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
        const a = d0[k]!;
        const b = d1[k]!;
        // No point of a straight piece is further than half its length from both ends.
        if (Math.min(a, b) - half > radiusKm) continue;
        if (a <= radiusKm && b <= radiusKm) {
          list = WHOLE;
          break;
        }
        const st = stations[station[k]!]!;
        const part = coverPiece(pieces, i, st.lon, st.lat, radiusKm, a, b);
        if (part) (list ??= []).push(part);
      }
      // Most pieces are covered by none or one station: no sorting, no new array for them.
      const merged = list === null ? NONE : list === WHOLE || list.length === 1 ? list : mergeIntervals(list);
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
    const gaps = findGaps(pieces, covered, stations, reach, runsByPiece).map((g) => ({
      ...g,
      areas: [...new Set(g.spans.map((s) => pieceArea[s.piece]).filter((a): a is string => a != null))],
    }));
    return { radiusKm, totalKm, coveredKm, stations: perStation, groups: [...groups.values()], gaps, covered };
  }

  return { pieces, stations, sectors, splits, pieceGroup, pieceArea, at };
}
