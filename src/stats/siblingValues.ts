import type { ActivityRecord, Dataset } from '../data/types.ts';
import { memoByObject } from '../data/memoByObject.ts';
import { findArea } from './findArea.ts';

export interface SiblingValue {
  areaId: string;
  name: string;
  value: number;
  status: ActivityRecord['status'];
  qualifier?: ActivityRecord['qualifier'];
  /** 1 for the largest value among the siblings. */
  rank: number;
}

/** Records by metric and period, then by area, each with its place in the table, built once per activity table: a panel draws a chart per figure, of a province's few hundred areas among the country's ten thousand. */
const figureKey = (r: ActivityRecord) => `${r.metric}\u0000${r.periodStart}\u0000${r.periodEnd}`;
const byFigure = memoByObject((activity: readonly ActivityRecord[]) => {
  const index = new Map<string, Map<string, { r: ActivityRecord; at: number }[]>>();
  activity.forEach((r, at) => {
    const key = figureKey(r);
    const areas = index.get(key) ?? new Map<string, { r: ActivityRecord; at: number }[]>();
    index.set(key, areas);
    const list = areas.get(r.areaId);
    if (list) list.push({ r, at });
    else areas.set(r.areaId, [{ r, at }]);
  });
  return index;
});

/** Names by id for each province's features (all of a layer under ALL), built once per layer: a chart compares an area with its province's. */
const ALL = Symbol('all');
const namesIn = memoByObject((features: readonly { properties: { id: string; name: string; provinceId?: string | null } }[]) => {
  const index = new Map<string | null | typeof ALL, Map<string, string>>([[ALL, new Map()]]);
  for (const { properties: p } of features) {
    index.get(ALL)!.set(p.id, p.name);
    const province = p.provinceId ?? null;
    const names = index.get(province) ?? new Map<string, string>();
    index.set(province, names);
    names.set(p.id, p.name);
  }
  return index;
});

/** Ranked values by group of siblings (its names), then by figure (its records): both indexes live as long as their dataset's layer and table. */
const ranked = new WeakMap<object, WeakMap<object, readonly SiblingValue[]>>();

/**
 * The same metric over exactly the same period for the area and its
 * siblings (the other provinces; communes or facilities of the same
 * province), largest first, ranked, for a comparison chart. Figures over
 * other periods are left out: a half-year next to a full year would mislead.
 */
export function siblingValues(dataset: Dataset, record: ActivityRecord): readonly SiblingValue[] {
  const area = findArea(dataset, record.areaId);
  if (!area || area.layer === 'markers' || area.layer === 'twinPairs') return [];
  const names =
    area.layer === 'provinces'
      ? namesIn(dataset.provinces.features).get(ALL)
      : namesIn(area.layer === 'communes' ? dataset.communes.features : dataset.facilities.features).get(area.feature.properties.provinceId);
  const areas = byFigure(dataset.activity).get(figureKey(record));
  if (!names || !areas) return [];
  // The same for every area of the group: a language switch or a neighbour's panel reads it again.
  const known = ranked.get(names)?.get(areas);
  if (known) return known;
  const found: { r: ActivityRecord; at: number; name: string }[] = [];
  for (const [id, name] of names) for (const x of areas.get(id) ?? []) found.push({ ...x, name });
  // Ties keep the table's order, as they did when the whole table was read in order.
  found.sort((a, b) => b.r.value - a.r.value || a.at - b.at);
  const out = found.map(({ r, name }, i) => ({ areaId: r.areaId, name, value: r.value, status: r.status, ...(r.qualifier ? { qualifier: r.qualifier } : {}), rank: i + 1 }));
  const byAreas = ranked.get(names) ?? new WeakMap<object, readonly SiblingValue[]>();
  ranked.set(names, byAreas.set(areas, out));
  return out;
}

/** How many siblings a chart shows at most before it keeps only those that matter. */
export const CHART_MAX = 15;

/**
 * The siblings worth a bar: all of them when they are few; otherwise the
 * top five, the bottom three, and the area itself with two either side of
 * it, in rank order. A province of four hundred communes gives a chart of
 * at most 15 bars, never one per commune.
 */
export function siblingsThatMatter(values: readonly SiblingValue[], selfId: string): SiblingValue[] {
  if (values.length <= CHART_MAX) return [...values];
  const self = values.findIndex((v) => v.areaId === selfId);
  const keep = (i: number) => i < 5 || i >= values.length - 3 || (self >= 0 && Math.abs(i - self) <= 2);
  return values.filter((_, i) => keep(i));
}
