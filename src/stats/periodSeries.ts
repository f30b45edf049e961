import type { ActivityRecord } from '../data/types.ts';

export interface PeriodPoint {
  periodStart: string;
  periodEnd: string;
  value: number;
  status: ActivityRecord['status'];
  qualifier?: ActivityRecord['qualifier'];
}

export interface PeriodSeries {
  metric: string;
  /** Newest period first, as the panel lists periods. */
  points: PeriodPoint[];
  /** False when the periods differ in length (a year beside five): the bars are then not like for like, and the panel says so. */
  sameLength: boolean;
}

const DAY = 86_400_000;
const days = (start: string, end: string) => Math.round((Date.parse(end) - Date.parse(start)) / DAY) + 1;

/**
 * For each metric an area has over more than one period, its figures side by
 * side, in the order the metrics first appear: the panel's period comparison.
 */
export function periodSeries(records: readonly ActivityRecord[]): PeriodSeries[] {
  const byMetric = new Map<string, PeriodPoint[]>();
  for (const r of records) {
    const points = byMetric.get(r.metric) ?? [];
    byMetric.set(r.metric, points);
    if (points.some((p) => p.periodStart === r.periodStart && p.periodEnd === r.periodEnd)) continue;
    points.push({ periodStart: r.periodStart, periodEnd: r.periodEnd, value: r.value, status: r.status, ...(r.qualifier ? { qualifier: r.qualifier } : {}) });
  }
  return [...byMetric]
    .filter(([, points]) => points.length > 1)
    .map(([metric, points]) => {
      const sorted = [...points].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd) || b.periodStart.localeCompare(a.periodStart));
      const lengths = sorted.map((p) => days(p.periodStart, p.periodEnd));
      // Half-years and quarters differ by a day or three: within 5 % is the same length.
      return { metric, points: sorted, sameLength: Math.max(...lengths) <= 1.05 * Math.min(...lengths) };
    });
}
