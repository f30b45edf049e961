import type { ActivityRecord, Dataset, PublishedFact, Qualifier } from '../data/types.ts';
import { findArea } from './findArea.ts';
import { CATEGORY_ORDER } from './activityGroups.ts';
import { recordsOfArea } from './recordsOfArea.ts';

/** One figure an area's headline (or a slide) shows: where it comes from, its value as published, and what it rests on. */
export interface KeyFigure {
  /**
   * What it counts. `activity`: a metric id (labels in METRIC_LABELS);
   * `published`: a province's published fact key (strings `fact.<key>`);
   * `sourced` and `estimate`: a property of the feature (strings `<key>`).
   */
  key: string;
  from: 'activity' | 'published' | 'sourced' | 'estimate';
  value: number;
  qualifier?: Qualifier;
  /** A unit id as in UNIT_LABELS, or null for a plain count. */
  unit: string | null;
  /** Sources the figure rests on; none for an estimate measured on the map. */
  sourceIds: string[];
  /** Made up for the demo, never published: shown with its badge. */
  illustrative: boolean;
  /** The period an activity figure covers, ISO dates. */
  period?: { start: string; end: string };
  /** The date a published fact is given for, if any. */
  date?: string | null;
}

/** How many figures a headline holds: more and it is a table again. */
export const KEY_FIGURES_MAX = 3;

/** Activity metrics a planner looks at first; a metric not named here comes after, in category order. */
const METRIC_PRIORITY = ['patrols', 'outreach_audience', 'outreach_sessions', 'drug_cases', 'illegal_entry_cases', 'workdays', 'border_homes_built', 'relief_personnel', 'border_selfmanagement_teams'];

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Two or three figures that say what an area is, chosen from what it has:
 * first what the feature itself gives (a province's published border length
 * and border communes, a station's border length and markers, a commune's
 * estimated border length), then activity figures, published ones before
 * illustrative ones, the metrics planners ask for first, each metric once
 * over its latest period. `activity` lets a caller pass the records of one
 * period only.
 */
export function keyFigures(dataset: Dataset, areaId: string, activity: readonly ActivityRecord[] = recordsOfArea(dataset.activity, areaId), max = KEY_FIGURES_MAX): KeyFigure[] {
  const area = findArea(dataset, areaId);
  if (!area) return [];
  const own: KeyFigure[] = [];
  switch (area.layer) {
    case 'provinces': {
      const published = area.feature.properties.published;
      for (const key of ['borderKm', 'borderCommuneCount']) {
        const f = published.find((x) => x.key === key);
        if (f && finite(f.value)) own.push(publishedFigure(f));
      }
      break;
    }
    case 'communes': {
      const c = area.feature.properties;
      // An inland commune has no border to measure; its outline is schematic, so the length is an estimate and has no source.
      if (c.borderStatus !== 'inland' && finite(c.borderKmEst)) own.push({ key: 'borderKmEst', from: 'estimate', value: c.borderKmEst, unit: 'km', sourceIds: [], illustrative: false });
      break;
    }
    case 'facilities': {
      const f = area.feature.properties;
      if (finite(f.borderKm)) own.push({ key: 'borderKm', from: 'sourced', value: f.borderKm, unit: 'km', sourceIds: f.sourceIds ?? [], illustrative: false });
      if (finite(f.markerCount) && f.markerCount > 0) own.push({ key: 'markerCount', from: 'sourced', value: f.markerCount, unit: null, sourceIds: f.sourceIds ?? [], illustrative: false });
      break;
    }
    default:
      break;
  }
  return [...own, ...activityFigures(activity, areaId)].slice(0, max);
}

function publishedFigure(f: PublishedFact): KeyFigure {
  // Lengths are the only published facts with a unit, as in the panel's facts.
  return { key: f.key, from: 'published', value: f.value, ...(f.qualifier ? { qualifier: f.qualifier } : {}), unit: f.key.startsWith('borderKm') ? 'km' : null, sourceIds: f.sourceIds, illustrative: false, date: f.date };
}

/** The area's activity figures as headline candidates, best first: one per metric, its latest period. */
function activityFigures(activity: readonly ActivityRecord[], areaId: string): KeyFigure[] {
  const latest = new Map<string, ActivityRecord>();
  for (const r of activity) {
    if (r.areaId !== areaId || !finite(r.value)) continue;
    const seen = latest.get(r.metric);
    if (!seen || r.periodEnd > seen.periodEnd || (r.periodEnd === seen.periodEnd && r.periodStart > seen.periodStart)) latest.set(r.metric, r);
  }
  const rank = (r: ActivityRecord) => {
    const i = METRIC_PRIORITY.indexOf(r.metric);
    const c = CATEGORY_ORDER.indexOf(r.category);
    return (i === -1 ? METRIC_PRIORITY.length : i) * 100 + (c === -1 ? CATEGORY_ORDER.length : c);
  };
  const order = [...latest.values()];
  return order
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Number(a.r.status === 'illustrative') - Number(b.r.status === 'illustrative') || rank(a.r) - rank(b.r) || a.i - b.i)
    .map(({ r }) => ({
      key: r.metric, from: 'activity' as const, value: r.value, ...(r.qualifier ? { qualifier: r.qualifier } : {}), unit: r.unit,
      sourceIds: [r.sourceId], illustrative: r.status === 'illustrative', period: { start: r.periodStart, end: r.periodEnd },
    }));
}
