import type { ActivityRecord } from '../../src/data/types.ts';

/** The statistics the demo's communes and stations carry, with a typical value for a commune per quarter. */
const METRICS = [
  { metric: 'patrols', unit: 'sessions', category: 'patrol', typical: 12 },
  { metric: 'outreach_sessions', unit: 'sessions', category: 'outreach', typical: 6 },
  { metric: 'outreach_audience', unit: 'person-times', category: 'outreach', typical: 240 },
] as const;

/** Quarters, oldest first, ending with the last quarter of 2024. */
function quarters(count: number): [string, string][] {
  const ends = ['03-31', '06-30', '09-30', '12-31'];
  return Array.from({ length: count }, (_, k) => {
    const q = 4 * 2025 - count + k;
    const [year, n] = [Math.floor(q / 4), q % 4];
    return [`${year}-${String(3 * n + 1).padStart(2, '0')}-01`, `${year}-${ends[n]}`];
  });
}

/**
 * `total` illustrative records: each quarter gives the areas' figures in
 * turn (provinces, stations, border communes, inland communes, as listed),
 * three statistics each, over at least eight quarters and as many more as
 * it takes for no area to give one statistic twice in a quarter.
 */
export function syntheticActivity(total: number, random: () => number, areas: readonly { id: string; scale: number }[], sourceId: string): ActivityRecord[] {
  const combos = areas.length * METRICS.length;
  if (combos === 0) return [];
  const periods = quarters(Math.max(8, Math.ceil(total / combos)));
  const perPeriod = Math.ceil(total / periods.length);
  const out: ActivityRecord[] = [];
  for (const [periodStart, periodEnd] of periods) {
    for (let k = 0; k < perPeriod && out.length < total; k++) {
      const area = areas[Math.floor(k / METRICS.length)]!;
      const m = METRICS[k % METRICS.length]!;
      out.push({
        areaId: area.id, periodStart, periodEnd, category: m.category, metric: m.metric,
        value: Math.round(m.typical * area.scale * (0.3 + 1.4 * random())), unit: m.unit, sourceId, status: 'illustrative',
      });
    }
  }
  return out;
}
