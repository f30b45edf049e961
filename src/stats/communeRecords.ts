import type { ActivityRecord, Dataset } from '../data/types.ts';
import { memoByParts } from './memoByParts.ts';
import { periodOf } from './inPeriod.ts';

/** The communes' records (records of other areas left out) by metric, in the table's order, and each metric's periods. */
export interface CommuneRecords {
  byMetric: Map<string, ActivityRecord[]>;
  /** Each metric's periods among the communes, newest first (by last day, then first). */
  periods: Map<string, string[]>;
}

/**
 * Built once per dataset: a statistic switch then reads that statistic's
 * records only, and the period choice its list, instead of the whole table
 * several times over.
 */
export const communeRecords = memoByParts(
  (d: Dataset) => [d.communes.features, d.activity],
  (d: Dataset): CommuneRecords => {
    const communeIds = new Set(d.communes.features.map((f) => f.properties.id));
    const byMetric = new Map<string, ActivityRecord[]>();
    const seen = new Map<string, Map<string, { start: string; end: string }>>();
    for (const r of d.activity) {
      if (!communeIds.has(r.areaId)) continue;
      const list = byMetric.get(r.metric);
      if (list) list.push(r);
      else byMetric.set(r.metric, [r]);
      const periods = seen.get(r.metric) ?? new Map<string, { start: string; end: string }>();
      seen.set(r.metric, periods);
      periods.set(periodOf(r), { start: r.periodStart, end: r.periodEnd });
    }
    const periods = new Map([...seen].map(([metric, p]) => [metric, [...p]
      .sort(([, a], [, b]) => b.end.localeCompare(a.end) || b.start.localeCompare(a.start))
      .map(([key]) => key)]));
    return { byMetric, periods };
  },
);
