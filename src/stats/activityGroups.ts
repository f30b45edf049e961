import type { ActivityRecord } from '../data/types.ts';

export interface PeriodGroup {
  periodStart: string;
  periodEnd: string;
  records: ActivityRecord[];
}
export interface CategoryGroup {
  category: string;
  periods: PeriodGroup[];
}

/** Order categories are shown in: the work the issue names first, then anything new in a dataset. */
export const CATEGORY_ORDER = ['patrol', 'enforcement', 'outreach', 'relief', 'community', 'cooperation', 'recognition'];

/**
 * An area's activity records grouped by category, then by period (newest
 * first), keeping the dataset's order of metrics within a period.
 */
export function activityGroups(activity: readonly ActivityRecord[], areaId: string): CategoryGroup[] {
  const byCategory = new Map<string, Map<string, PeriodGroup>>();
  for (const r of activity) {
    if (r.areaId !== areaId) continue;
    const periods = byCategory.get(r.category) ?? new Map<string, PeriodGroup>();
    byCategory.set(r.category, periods);
    const key = `${r.periodStart}/${r.periodEnd}`;
    const group = periods.get(key) ?? { periodStart: r.periodStart, periodEnd: r.periodEnd, records: [] };
    periods.set(key, group);
    group.records.push(r);
  }
  const rank = (c: string) => {
    const i = CATEGORY_ORDER.indexOf(c);
    return i === -1 ? CATEGORY_ORDER.length : i;
  };
  return [...byCategory]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([category, periods]) => ({
      category,
      periods: [...periods.values()].sort(
        (a, b) => b.periodEnd.localeCompare(a.periodEnd) || b.periodStart.localeCompare(a.periodStart),
      ),
    }));
}

/**
 * The same records by period only, newest first, categories kept in their
 * order within a period: for an area with few figures, where a category
 * heading would only repeat its one metric ("Patrols: Patrols 15").
 */
export function periodsOnly(groups: readonly CategoryGroup[]): PeriodGroup[] {
  const byPeriod = new Map<string, PeriodGroup>();
  for (const g of groups) {
    for (const p of g.periods) {
      const key = `${p.periodStart}/${p.periodEnd}`;
      const group = byPeriod.get(key) ?? { periodStart: p.periodStart, periodEnd: p.periodEnd, records: [] };
      byPeriod.set(key, group);
      group.records.push(...p.records);
    }
  }
  return [...byPeriod.values()].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd) || b.periodStart.localeCompare(a.periodStart));
}
