import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { TwinPairFeature } from '../../src/data/types.ts';
import { placeAcross } from '../../src/geo/placeAcross.ts';
import type { CommuneRow } from './communes.ts';
import { PROVINCE_IDS, bare } from './communes.ts';
import { bareName } from '../../src/data/slug.ts';
import { localText } from './facilities.ts';
import type { SourceTable } from './sources.ts';

const PAIR_KINDS = new Set(['cluster', 'village', 'village-group', 'station-post']);

/** Turns for the 1st, 2nd, 3rd… pair of one commune, so their lines fan out instead of overlapping. */
const FAN = [0, 25, -25, 50, -50];

export function buildTwinPairs(
  rows: Record<string, string>[],
  communes: CommuneRow[],
  lines: Record<string, Feature<LineString | MultiLineString>>,
  neighbours: Record<string, Feature<Polygon | MultiPolygon>>,
  sources: SourceTable,
): TwinPairFeature[] {
  const perCommune = new Map<string, number>();
  const perProvince = new Map<string, number>();
  return rows.map((r, i) => {
    if (!PAIR_KINDS.has(r.kind ?? '')) throw new Error(`twin-pairs.csv, row ${i + 2}: expected kind ${[...PAIR_KINDS].join(', ')}, got ${JSON.stringify(r.kind)}`);
    const provinceId = PROVINCE_IDS[r.province ?? ''];
    if (!provinceId) throw new Error(`twin-pairs.csv: expected province Lai Châu or Nghệ An, got ${JSON.stringify(r.province)}`);
    const commune = communes.find((c) => c.provinceId === provinceId && bareName(c.row.commune_pre2025 ?? '') === bareName(r.vn_commune_pre2025 ?? ''));
    if (!commune) throw new Error(`twin-pairs.csv: commune ${JSON.stringify(r.vn_commune_pre2025)} is not in communes.csv for ${r.province}`);
    const nth = perCommune.get(commune.id) ?? 0;
    perCommune.set(commune.id, nth + 1);
    const n = (perProvince.get(provinceId) ?? 0) + 1;
    perProvince.set(provinceId, n);
    const line = lines[provinceId] as Feature<LineString | MultiLineString>;
    const across = neighbours[provinceId] as Feature<Polygon | MultiPolygon>;
    const { border, partner } = placeAcross(commune.centre, line, across, 5, FAN[nth % FAN.length]);
    const vnEnd: Position = [
      ((commune.centre[0] as number) + (border[0] as number)) / 2,
      ((commune.centre[1] as number) + (border[1] as number)) / 2,
    ];
    return {
      type: 'Feature',
      properties: {
        id: `twin-${provinceId}-${n}`,
        name: `${r.vn_village} – ${r.partner_village}`,
        kind: 'twin',
        geometryQuality: 'schematic',
        geometryMethod: 'placed-across',
        provinceId,
        vnVillage: r.vn_village ?? '',
        vnCommuneId: commune.id,
        vnCommuneName: bare(commune.row.commune_pre2025 ?? ''),
        partnerVillage: r.partner_village ?? '',
        partnerAdmin: r.partner_admin ?? '',
        partnerCountry: r.partner_country === 'China' ? 'CN' : 'LA',
        since: r.since || null,
        pairKind: r.kind ?? '',
        note: localText(r),
        sourceIds: sources.cite(r.source ?? '', `twin-pairs.csv, row ${i + 2}`),
      },
      geometry: { type: 'LineString', coordinates: [vnEnd, partner] },
    };
  });
}
