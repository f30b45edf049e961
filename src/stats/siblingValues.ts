import type { ActivityRecord, Dataset } from '../data/types.ts';
import { findArea } from './findArea.ts';

export interface SiblingValue {
  areaId: string;
  name: string;
  value: number;
  status: ActivityRecord['status'];
}

/**
 * The same metric over exactly the same period for the area and its
 * siblings (the other provinces; communes or facilities of the same
 * province), for a comparison chart. Figures over other periods are left out:
 * a half-year next to a full year would mislead.
 */
export function siblingValues(dataset: Dataset, record: ActivityRecord): SiblingValue[] {
  const area = findArea(dataset, record.areaId);
  if (!area || area.layer === 'markers' || area.layer === 'twinPairs') return [];
  const siblings: { id: string; name: string }[] =
    area.layer === 'provinces'
      ? dataset.provinces.features.map((f) => f.properties)
      : area.layer === 'communes'
        ? dataset.communes.features.filter((f) => f.properties.provinceId === area.feature.properties.provinceId).map((f) => f.properties)
        : dataset.facilities.features.filter((f) => f.properties.provinceId === area.feature.properties.provinceId).map((f) => f.properties);
  const names = new Map(siblings.map((s) => [s.id, s.name]));
  const out: SiblingValue[] = [];
  for (const r of dataset.activity) {
    if (r.metric !== record.metric || r.periodStart !== record.periodStart || r.periodEnd !== record.periodEnd) continue;
    const name = names.get(r.areaId);
    if (name !== undefined) out.push({ areaId: r.areaId, name, value: r.value, status: r.status });
  }
  return out.sort((a, b) => b.value - a.value);
}
