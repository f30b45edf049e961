import { featureCollection, pointOnFeature, union } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { ActivityRecord, CommuneFeature, Dataset } from '../data/types.ts';
import { unitOf2025 } from './unitOf2025.ts';

/**
 * The dataset in the units of 1 July 2025: border communes merged into the
 * unit each became, areas dissolved from their predecessors' (so as
 * schematic as they were), references from stations and twin pairs moved to
 * the new unit, and commune figures added up per unit and period. A commune
 * whose successor is not known stays as it was, and says so.
 */
export function toUnits2025(d: Dataset): Dataset {
  const groups = new Map<string, { name: string; members: CommuneFeature[] }>();
  const unitId = new Map<string, string>();
  const kept: CommuneFeature[] = [];
  for (const c of d.communes.features) {
    const unit = unitOf2025(c.properties);
    if (!unit) {
      kept.push({ ...c, properties: { ...c.properties, geometryMethod: 'unit-2025-unknown' } });
      continue;
    }
    unitId.set(c.properties.id, unit.id);
    const g = groups.get(unit.id) ?? { name: unit.name, members: [] };
    g.members.push(c);
    groups.set(unit.id, g);
  }
  const merged: CommuneFeature[] = [...groups].map(([id, { name, members }]) => {
    const first = members[0]!;
    const geometry = members.length === 1
      ? first.geometry
      : (union(featureCollection(members.map((m) => ({ type: 'Feature' as const, properties: {}, geometry: m.geometry }))))?.geometry as Polygon | MultiPolygon);
    const known = members.map((m) => m.properties.borderKmEst).filter((v): v is number => v !== null);
    const quality = members.every((m) => m.properties.geometryQuality === 'official') ? 'official' : members.some((m) => m.properties.geometryQuality === 'schematic') ? 'schematic' : 'approximate';
    return {
      type: 'Feature',
      geometry,
      properties: {
        ...first.properties,
        id, name,
        district: '',
        borderKmEst: known.length > 0 ? known.reduce((a, b) => a + b, 0) : null,
        successor2025: null,
        geometryQuality: quality,
        geometryMethod: 'merged-2025',
        mergedFrom: members.map((m) => m.properties.name),
        sourceIds: [...new Set(members.flatMap((m) => m.properties.sourceIds ?? []))],
        centre: pointOnFeature({ type: 'Feature', properties: {}, geometry }).geometry.coordinates as [number, number],
      },
    };
  });
  const to = (id: string | null) => (id === null ? null : unitId.get(id) ?? id);
  return {
    ...d,
    communes: { ...d.communes, features: [...merged, ...kept] },
    facilities: { ...d.facilities, features: d.facilities.features.map((f) => ({ ...f, properties: { ...f.properties, hostCommuneId: to(f.properties.hostCommuneId) } })) },
    twinPairs: { ...d.twinPairs, features: d.twinPairs.features.map((f) => ({ ...f, properties: { ...f.properties, vnCommuneId: to(f.properties.vnCommuneId) } })) },
    activity: sumPerUnit(d.activity, unitId),
  };
}

/**
 * Commune figures added up per unit, metric and period. A sum is sourced
 * only when every figure in it is; otherwise it is illustrative, as its
 * weakest part.
 */
function sumPerUnit(records: readonly ActivityRecord[], unitId: ReadonlyMap<string, string>): ActivityRecord[] {
  const out: ActivityRecord[] = [];
  const sums = new Map<string, ActivityRecord>();
  for (const r of records) {
    const unit = unitId.get(r.areaId);
    if (!unit) {
      out.push(r);
      continue;
    }
    const key = [unit, r.metric, r.unit, r.periodStart, r.periodEnd].join('|');
    const sum = sums.get(key);
    if (!sum) {
      const first = { ...r, areaId: unit };
      sums.set(key, first);
      out.push(first);
      continue;
    }
    sum.value += r.value;
    if (r.status === 'illustrative') sum.status = 'illustrative';
    if (r.sourceId !== sum.sourceId) sum.note = [sum.note, `also ${r.sourceId}`].filter(Boolean).join('; ');
  }
  return out;
}
