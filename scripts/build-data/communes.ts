import { union, featureCollection } from '@turf/turf';
import { distanceToLine } from '../../src/geo/distanceToLine.ts';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { BorderStatus, CommuneFeature, ProvinceFeature } from '../../src/data/types.ts';
import { growAreas, type Site } from '../../src/geo/growAreas.ts';
import { slug } from '../../src/data/slug.ts';

export const PROVINCE_IDS: Record<string, string> = { 'Lai Châu': '12', 'Nghệ An': '40' };

const SCHEMATIC_NOTE =
  'Schematic: the Voronoi cell of the commune centre among all 588 commune centres of both provinces, clipped to Vietnam (OpenStreetMap) and to a disc around the centre. Not an official boundary.';

export interface CommuneRow {
  id: string;
  provinceId: string;
  row: Record<string, string>;
  centre: [number, number];
  isBorder: boolean;
}

/** Every commune row with its id: the GSO code, or "<province>-<slug>" where none was matched. */
export function communeRows(rows: Record<string, string>[]): CommuneRow[] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const provinceId = PROVINCE_IDS[row.province ?? ''];
    if (!provinceId) throw new Error(`communes.csv: expected province Lai Châu or Nghệ An, got ${JSON.stringify(row.province)}`);
    let id = row.gso_code || `${provinceId}-${slug(bare(row.commune_pre2025 ?? ''))}`;
    if (seen.has(id)) id = `${id}-${slug(row.district_pre2025 ?? '')}`;
    seen.add(id);
    return { id, provinceId, row, centre: [Number(row.centroid_lon), Number(row.centroid_lat)], isBorder: row.is_border_commune === 'true' };
  });
}

/**
 * Border communes as schematic areas. A border commune may reach 4 km past
 * the international line from its centre, so every one touches the line it
 * is named for; inland cells stay within 12 km.
 */
export function buildCommunes(
  rows: CommuneRow[],
  vietnam: Feature<Polygon | MultiPolygon>,
  lines: Record<string, Feature<LineString | MultiLineString>>,
): CommuneFeature[] {
  const sites: Site[] = rows.map((c) => {
    const line = lines[c.provinceId];
    const toLine = c.isBorder && line ? distanceToLine(c.centre, line) : 0;
    return { id: c.id, centre: c.centre, reachKm: Math.max(12, toLine + 4) };
  });
  const border = rows.filter((c) => c.isBorder);
  const areas = growAreas(sites, new Set(border.map((c) => c.id)), vietnam);
  return border.map((c) => {
    const area = areas.get(c.id);
    if (!area) throw new Error(`communes: no area could be grown for ${c.id} ${c.row.commune_pre2025}`);
    const r = c.row;
    const km = r.border_edge_km_est ? Number(r.border_edge_km_est) : null;
    return {
      type: 'Feature',
      properties: {
        id: c.id,
        name: bare(r.commune_official_name || r.commune_pre2025 || ''),
        kind: 'commune',
        geometryQuality: 'schematic',
        geometryNote: SCHEMATIC_NOTE,
        provinceId: c.provinceId,
        provinceName: r.province ?? '',
        district: r.district_pre2025 ?? '',
        borderStatus: (r.border_status || 'geometric') as BorderStatus,
        borderKmEst: km,
        successor2025: r.successor_2025 || null,
        successorResolution: r.successor_resolution || null,
        centre: c.centre,
      },
      geometry: area.geometry,
    };
  });
}

/** A province drawn as the union of its border communes' schematic areas. */
export function provinceArea(communes: CommuneFeature[], provinceId: string): Feature<Polygon | MultiPolygon> {
  const mine = communes.filter((c) => c.properties.provinceId === provinceId);
  const merged = union(featureCollection(mine as Feature<Polygon | MultiPolygon>[]));
  if (!merged) throw new Error(`provinces: province ${provinceId} has no border communes to unite`);
  return merged;
}

export function provinceFeature(area: Feature<Polygon | MultiPolygon>, row: Record<string, string>): ProvinceFeature {
  const id = PROVINCE_IDS[row.province ?? ''] as string;
  const country = row.neighbour_country === 'China' ? 'CN' : 'LA';
  return {
    type: 'Feature',
    properties: {
      id,
      name: row.province ?? '',
      kind: 'province',
      geometryQuality: 'schematic',
      geometryNote: 'Schematic: the union of the province’s border communes’ schematic areas, not the province’s full extent.',
      neighbourCountry: country,
      neighbourUnits: row.neighbour_units ?? '',
      borderKm: Number(row.border_km),
      borderMarkers: row.border_markers ?? '',
      stationCount: row.border_guard_stations ? Number(row.border_guard_stations) : null,
      borderCommuneCount: Number(row.border_communes_pre2025),
      factDate: row.fact_date ?? '',
      factsSource: row.source ?? '',
    },
    geometry: area.geometry,
  };
}

export function bare(name: string): string {
  return name.replace(/^(Xã|Thị trấn|Phường)\s+/, '').trim();
}
