import { union, featureCollection } from '@turf/turf';
import { distanceToLine } from '../../src/geo/distanceToLine.ts';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { QUALIFIERS, type BorderStatus, type CommuneFeature, type ProvinceFeature, type PublishedFact, type Qualifier } from '../../src/data/types.ts';
import { growAreas, type Site } from '../../src/geo/growAreas.ts';
import { slug } from '../../src/data/slug.ts';
import { idsIn, type SourceTable } from './sources.ts';

export const PROVINCE_IDS: Record<string, string> = { 'Lai Châu': '12', 'Nghệ An': '40' };

/** Communes merged away before the dataset's units (pre-2025): no longer communes, so no site of their own. */
const MERGED_BEFORE = /^866\/NQ-UBTVQH14\b/;

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
  return rows.filter((row) => !MERGED_BEFORE.test(row.successor_resolution ?? '')).map((row) => {
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
  sources: SourceTable,
): CommuneFeature[] {
  const sites: Site[] = rows.map((c) => {
    const line = lines[c.provinceId];
    const toLine = c.isBorder && line ? distanceToLine(c.centre, line) : 0;
    return { id: c.id, centre: c.centre, reachKm: Math.max(12, toLine + 4) };
  });
  const border = rows.filter((c) => c.isBorder);
  const areas = growAreas(sites, new Set(border.map((c) => c.id)), vietnam);
  return border.map((c, i) => {
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
        geometryMethod: 'voronoi',
        sourceIds: ['gazetteer', ...sources.cite(r.successor_resolution ?? '', `communes.csv, border commune ${i + 1}`)],
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

/** A published figure's qualifier column: blank, or one of approx, over, under. */
export function qualifierOf(cell: string | undefined, where: string): Qualifier | undefined {
  if (!cell) return undefined;
  if (!(QUALIFIERS as readonly string[]).includes(cell)) throw new Error(`${where}: expected qualifier approx, over or under, got ${JSON.stringify(cell)}`);
  return cell as Qualifier;
}

/** A province with its published facts (province-facts.csv), each citing its sources. */
export function provinceFeature(
  area: Feature<Polygon | MultiPolygon>,
  row: Record<string, string>,
  factRows: Record<string, string>[],
  sources: SourceTable,
): ProvinceFeature {
  const id = PROVINCE_IDS[row.province ?? ''] as string;
  const country = row.neighbour_country === 'China' ? 'CN' : 'LA';
  const published: PublishedFact[] = factRows
    .filter((f) => f.province === row.province)
    .map((f) => {
      const where = `province-facts.csv (${f.province}, ${f.fact})`;
      const value = Number(f.value);
      if (!f.fact || !Number.isFinite(value)) throw new Error(`${where}: expected a fact key and a number, got ${JSON.stringify([f.fact, f.value])}`);
      const qualifier = qualifierOf(f.qualifier, where);
      return { key: f.fact, value, ...(qualifier ? { qualifier } : {}), date: f.date || null, sourceIds: idsIn(f.source_ids ?? '', sources, where) };
    });
  return {
    type: 'Feature',
    properties: {
      id,
      name: row.province ?? '',
      kind: 'province',
      geometryQuality: 'schematic',
      geometryMethod: 'province-union',
      neighbourCountry: country,
      neighbourRegion: row.neighbour_region || null,
      neighbourUnits: (row.neighbour_units ?? '').split(';').map((u) => u.trim()).filter(Boolean),
      neighbourUnitsPartial: row.neighbour_units_partial === 'true',
      published,
      sourceIds: [...new Set(published.flatMap((f) => f.sourceIds))],
    },
    geometry: area.geometry,
  };
}

export function bare(name: string): string {
  return name.replace(/^(Xã|Thị trấn|Phường)\s+/, '').trim();
}
