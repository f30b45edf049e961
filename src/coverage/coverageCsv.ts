import { spreadsheetSafeRows } from '../data/spreadsheetSafeRows.ts';
import type { CoverageResult } from './prepareCoverage.ts';

const km = (v: number) => v.toFixed(3);
const deg = (v: number) => v.toFixed(6);

/** One row per station: the border nearest to it (its sector), and how much of that lies within the radius. */
export function sectorsCsv(r: CoverageResult): string {
  return spreadsheetSafeRows([
    ['station_id', 'station_name', 'sector_km', 'covered_km'],
    ...r.stations.map((s) => [s.station.id, s.station.name, km(s.sectorKm), km(s.coveredKm)]),
  ]);
}

/** The whole border, then each group (province) the border was tagged with. */
export function summaryCsv(r: CoverageResult): string {
  const pct = (part: number, whole: number) => (whole > 0 ? ((100 * part) / whole).toFixed(1) : '');
  return spreadsheetSafeRows([
    ['area', 'radius_km', 'drawn_border_km', 'covered_km', 'covered_pct'],
    ['all', String(r.radiusKm), km(r.totalKm), km(r.coveredKm), pct(r.coveredKm, r.totalKm)],
    ...r.groups.map((g) => [g.group, String(r.radiusKm), km(g.totalKm), km(g.coveredKm), pct(g.coveredKm, g.totalKm)]),
  ]);
}

/** The uncovered stretches, longest first. */
export function gapsCsv(r: CoverageResult): string {
  return spreadsheetSafeRows([
    ['rank', 'start_lon', 'start_lat', 'end_lon', 'end_lat', 'km', 'nearest_station_id', 'nearest_km', 'farthest_km', 'areas'],
    ...r.gaps.map((g, i) => [
      String(i + 1), deg(g.start[0]), deg(g.start[1]), deg(g.end[0]), deg(g.end[1]), km(g.km),
      r.stations[g.nearest]?.station.id ?? '', Number.isFinite(g.nearestKm) ? km(g.nearestKm) : '', km(g.farthestKm), g.areas.join(' '),
    ]),
  ]);
}

/** The three tables one after the other, a blank line between: what `npm run coverage` prints. */
export function coverageCsv(r: CoverageResult): string {
  return `${sectorsCsv(r)}\n\n${summaryCsv(r)}\n\n${gapsCsv(r)}\n`;
}
