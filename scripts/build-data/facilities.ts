import { distance } from '@turf/turf';
import type { FacilityFeature, FacilityKind, GateClass, LocalText, MarkerFeature } from '../../src/data/types.ts';
import type { SourceTable } from './sources.ts';
import type { CommuneRow } from './communes.ts';
import { PROVINCE_IDS, bare } from './communes.ts';
import { bareName, slug } from '../../src/data/slug.ts';

/** Rows that are facilities: land border stations and posts, coastal stations, gates. */
const FACILITY_KINDS = new Set(['border_gate', 'border_guard_station', 'coastal_border_guard_station']);

/**
 * The facility's short name: the gazetteer adds the partner side after "↔"
 * or "—" and remarks in a closing parenthesis; the whole name stays in `fullName`.
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
  sources: SourceTable,
): FacilityFeature[] {
  const rows = points.filter((r) => FACILITY_KINDS.has(r.kind ?? '') && PROVINCE_IDS[r.province ?? '']);
  return rows.map((r, i) => {
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
    const notes = [localText(r), published ? localText(published) : null].filter((n): n is LocalText => n !== null);
    return {
      type: 'Feature',
      properties: {
        id: idOf(kind, r.name ?? ''),
        name,
        kind,
        ...(gateClass ? { gateClass } : {}),
        geometryQuality: 'approximate',
        geometryMethod: 'commune-centre',
        ...(r.kind === 'coastal_border_guard_station' ? { coastal: true } : {}),
        fullName: r.name !== name ? r.name ?? null : null,
        provinceId,
        // Only border communes are drawn: an inland host (a coastal station's ward) is named, not linked.
        hostCommuneId: host?.isBorder ? host.id : null,
        hostCommuneName: host ? bare(host.row.commune_official_name || host.row.commune_pre2025 || '') : r.host_commune_pre2025 ?? '',
        hostCommune2025: r.host_commune_2025 || host?.row.successor_2025 || null,
        markers: published?.markers || null,
        markerCount: published?.marker_count ? Number(published.marker_count) : null,
        borderKm: published?.border_km ? Number(published.border_km) : null,
        note: notes.length === 0 ? null : { vi: notes.map((n) => n.vi).join('; '), en: notes.map((n) => n.en).join('; ') },
        sourceIds: [...new Set([
          ...sources.cite(r.source ?? '', `border-points.csv, row ${i + 2}`),
          ...(published ? sources.cite(published.source ?? '', `markers.csv (${published.station_or_commune})`) : []),
        ])],
      },
      geometry: { type: 'Point', coordinates: at },
    };
  });
}

/** Border markers with published positions: in the gazetteer, only the tripoint has one. */
export function buildMarkers(points: Record<string, string>[], sources: SourceTable): MarkerFeature[] {
  return points
    .filter((r) => r.kind === 'tripoint_marker')
    .map((r, i) => ({
      type: 'Feature',
      properties: {
        id: `marker-${slug(shortName(r.name ?? ''))}`.slice(0, 64),
        name: shortName(r.name ?? ''),
        kind: 'tripoint',
        number: null,
        geometryQuality: 'official',
        geometryMethod: 'published-coordinates',
        note: localText(r),
        sourceIds: sources.cite(r.source ?? '', `border-points.csv, tripoint ${i + 1}`),
      },
      geometry: { type: 'Point', coordinates: [Number(r.lon), Number(r.lat)] },
    }));
}

/** A row's note in both languages, or null; a row with one language only is a mistake in the table. */
export function localText(r: Record<string, string>): LocalText | null {
  if (!r.note_vi && !r.note_en) return null;
  if (!r.note_vi || !r.note_en) throw new Error(`gazetteer: expected note_vi and note_en together, got ${JSON.stringify([r.note_vi, r.note_en])}`);
  return { vi: r.note_vi, en: r.note_en };
}
