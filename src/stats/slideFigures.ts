import type { ActivityRecord, Dataset, Qualifier } from '../data/types.ts';
import { BORDER_KM_STAT } from './communeValues.ts';
import { findArea } from './findArea.ts';

/** One key figure on a presented slide, with what a reader needs to trust it. */
export interface SlideFigure {
  /** What it counts: an activity metric ("patrols"), a published fact's key ("borderKm"), or "borderKmEst". */
  key: string;
  /** An activity record, a published fact, or the dataset's own estimate (a commune's border length). */
  from: 'activity' | 'published' | 'estimate';
  value: number;
  qualifier?: Qualifier;
  /** An activity record's unit ("sessions"), "km" for lengths, null for a count. */
  unit: string | null;
  /** The period an activity figure covers, or the date a fact was published for (both the same), or null. */
  periodStart: string | null;
  periodEnd: string | null;
  sourceIds: string[];
  /** Made up for the demo, not published: shown with its badge. */
  illustrative: boolean;
}

/** The published facts a slide leads with, in the order a planner asks for them. */
const FACT_ORDER = ['borderKm', 'stationCount', 'borderCommuneCount', 'borderMarkers', 'borderVillages'];

/**
 * Up to `max` key figures for the area a slide shows: the slide's statistic
 * for that area first (its latest period), then the area's published facts
 * (border length, stations, communes), then its other figures of the same
 * kind of work, newest first. Published before illustrative at each step;
 * nothing for a slide without an area, or an area with no figures.
 */
export function slideFigures(dataset: Dataset, areaId: string | null, stat: string, max = 3): SlideFigure[] {
  const area = areaId === null ? null : findArea(dataset, areaId);
  if (!area || max <= 0) return [];
  const id = area.feature.properties.id;
  const records = dataset.activity.filter((r) => r.areaId === id);
  const out: SlideFigure[] = [];
  const add = (f: SlideFigure | null) => {
    if (f && out.length < max && !out.some((o) => o.key === f.key)) out.push(f);
  };
  const statRecord = latest(records.filter((r) => r.metric === stat));
  add(statRecord ? fromRecord(statRecord) : null);
  if (area.layer === 'communes' && stat === BORDER_KM_STAT) add(estimate(area.feature.properties.borderKmEst));
  if (area.layer === 'provinces') {
    const facts = area.feature.properties.published;
    for (const key of FACT_ORDER) {
      const f = facts.find((x) => x.key === key);
      if (f) add({ key, from: 'published', value: f.value, ...(f.qualifier ? { qualifier: f.qualifier } : {}), unit: key.startsWith('borderKm') ? 'km' : null, periodStart: f.date, periodEnd: f.date, sourceIds: f.sourceIds, illustrative: false });
    }
  }
  if (area.layer === 'facilities') {
    const p = area.feature.properties;
    const sourceIds = p.sourceIds ?? [];
    if (typeof p.borderKm === 'number' && Number.isFinite(p.borderKm)) add({ key: 'borderKm', from: 'published', value: p.borderKm, unit: 'km', periodStart: null, periodEnd: null, sourceIds, illustrative: false });
    if (typeof p.markerCount === 'number' && Number.isFinite(p.markerCount)) add({ key: 'markerCount', from: 'published', value: p.markerCount, unit: null, periodStart: null, periodEnd: null, sourceIds, illustrative: false });
  }
  if (area.layer === 'communes') add(estimate(area.feature.properties.borderKmEst));
  // The rest: the statistic's own kind of work first, then the newest of any kind; dataset order within a period.
  const category = statRecord?.category;
  const rest = records
    .map((r, i) => ({ r, i }))
    .sort((a, b) =>
      Number(a.r.status === 'illustrative') - Number(b.r.status === 'illustrative')
      || Number(b.r.category === category) - Number(a.r.category === category)
      || b.r.periodEnd.localeCompare(a.r.periodEnd)
      || a.i - b.i);
  for (const { r } of rest) add(fromRecord(r));
  return out;
}

/** The newest record, published before illustrative when two end on the same day. */
function latest(records: ActivityRecord[]): ActivityRecord | null {
  let best: ActivityRecord | null = null;
  for (const r of records) {
    if (!best || r.periodEnd > best.periodEnd || (r.periodEnd === best.periodEnd && best.status === 'illustrative' && r.status !== 'illustrative')) best = r;
  }
  return best;
}

function fromRecord(r: ActivityRecord): SlideFigure {
  return {
    key: r.metric, from: 'activity', value: r.value, ...(r.qualifier ? { qualifier: r.qualifier } : {}), unit: r.unit,
    periodStart: r.periodStart, periodEnd: r.periodEnd, sourceIds: [r.sourceId], illustrative: r.status === 'illustrative',
  };
}

function estimate(km: number | null): SlideFigure | null {
  return typeof km === 'number' && Number.isFinite(km)
    ? { key: BORDER_KM_STAT, from: 'estimate', value: km, unit: 'km', periodStart: null, periodEnd: null, sourceIds: [], illustrative: false }
    : null;
}
