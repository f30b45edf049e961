import { distance } from '@turf/turf';
import type { FacilityFeature, FacilityKind, GateClass, MarkerFeature } from '../../src/data/types.ts';
import type { CommuneRow } from './communes.ts';
import { PROVINCE_IDS, bare } from './communes.ts';
import { bareName, slug } from '../../src/data/slug.ts';

const NOTE =
  'Approximate: drawn at the centre of its host commune; the facility’s own coordinates are not published.';

/**
 * The facility's short name: the gazetteer adds the partner side after "↔"
 * or "—" and remarks in a closing parenthesis; both go to `facts` instead.
 */
function shortName(name: string): string {
  return (name.split(/\s+[↔—]\s+/)[0] ?? name).replace(/\s*\([^()]*\)$/, '').trim();
}

function kindOf(row: Record<string, string>): FacilityKind {
  if (row.kind === 'border_gate') return 'gate';
  return /^Trạm KSBP/.test(row.name ?? '') ? 'post' : 'station';
}

/** A gate's class only where its name states it; otherwise left out rather than guessed. */
function gateClassOf(name: string): GateClass | undefined {
  if (/quốc tế/i.test(name)) return 'international';
  if (/phụ/i.test(name)) return 'secondary';
  return undefined;
}

function idOf(kind: FacilityKind, name: string): string {
  const core = shortName(name).replace(/^(Đồn BP|Trạm KSBP|Cửa khẩu quốc tế|Cửa khẩu phụ|Cửa khẩu \(phụ\)|Cửa khẩu)\s+/i, '');
  return `${kind}-${slug(core)}`;
}

/**
 * Stations, posts and gates in the two provinces. The host commune is the
 * border commune whose centre the facility was placed at, else the one with
 * the same name.
 */
export function buildFacilities(
  points: Record<string, string>[],
  markerRows: Record<string, string>[],
  communes: CommuneRow[],
): FacilityFeature[] {
  const rows = points.filter((r) => (r.kind === 'border_gate' || r.kind === 'border_guard_station') && PROVINCE_IDS[r.province ?? '']);
  return rows.map((r) => {
    const provinceId = PROVINCE_IDS[r.province ?? ''] as string;
    const at: [number, number] = [Number(r.lon), Number(r.lat)];
    const inProvince = communes.filter((c) => c.provinceId === provinceId);
    const host =
      inProvince.find((c) => c.isBorder && distance(c.centre, at, { units: 'kilometers' }) < 0.5) ??
      inProvince.find((c) => bareName(c.row.commune_pre2025 ?? '') === bareName(r.host_commune_pre2025 ?? ''));
    const kind = kindOf(r);
    const name = shortName(r.name ?? '');
    const published = markerRows.find((m) => shortName(m.station_or_commune ?? '') === name);
    const gateClass = kind === 'gate' ? gateClassOf(r.name ?? '') : undefined;
    const otherKm = published?.border_km && !/^\d+(\.\d+)?$/.test(published.border_km) ? published.border_km.replace(/^(\d+(?:\.\d+)?)/, '$1 km') : '';
    const extra = [r.name !== name ? r.name : '', r.facts, published?.note, otherKm].filter(Boolean).join('; ');
    return {
      type: 'Feature',
      properties: {
        id: idOf(kind, r.name ?? ''),
        name,
        kind,
        ...(gateClass ? { gateClass } : {}),
        geometryQuality: 'approximate',
        geometryNote: NOTE,
        provinceId,
        hostCommuneId: host?.id ?? null,
        hostCommuneName: host ? bare(host.row.commune_official_name || host.row.commune_pre2025 || '') : r.host_commune_pre2025 ?? '',
        hostCommune2025: r.host_commune_2025 || host?.row.successor_2025 || null,
        markers: published?.markers || null,
        // Only a bare number is a border length; "22 (patrol road)" measures something else and stays in facts.
        borderKm: published?.border_km && /^\d+(\.\d+)?$/.test(published.border_km) ? Number(published.border_km) : null,
        facts: extra || null,
        source: [r.source, published?.source].filter(Boolean).join('; '),
      },
      geometry: { type: 'Point', coordinates: at },
    };
  });
}

/** Border markers with published positions: in the gazetteer, only the tripoint has one. */
export function buildMarkers(points: Record<string, string>[]): MarkerFeature[] {
  return points
    .filter((r) => r.kind === 'tripoint_marker')
    .map((r) => ({
      type: 'Feature',
      properties: {
        id: `marker-${slug(shortName(r.name ?? ''))}`.slice(0, 64),
        name: shortName(r.name ?? ''),
        kind: 'tripoint',
        number: null,
        geometryQuality: 'official',
        geometryNote: `Published coordinates: ${r.coord_precision ?? ''}`,
        source: r.source ?? '',
      },
      geometry: { type: 'Point', coordinates: [Number(r.lon), Number(r.lat)] },
    }));
}
