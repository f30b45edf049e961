import type { ActivityRecord } from '../../src/data/types.ts';
import { PROVINCE_IDS, qualifierOf } from './communes.ts';
import { seededRandom } from './random.ts';

/** Every published figure, at province level, with the seed report it came from and its qualifier ("nearly", "over"). */
export function sourcedActivity(rows: Record<string, string>[]): ActivityRecord[] {
  return rows.map((r, i) => {
    const where = `activity.csv, row ${i + 2}`;
    const areaId = PROVINCE_IDS[r.province ?? ''];
    const seed = /^(\d{3})_/.exec(r.source_seed ?? '')?.[1];
    const value = Number(r.value);
    if (!areaId || !seed || !Number.isFinite(value)) {
      throw new Error(`${where}: expected a known province, a seed file and a numeric value, got ${JSON.stringify([r.province, r.source_seed, r.value])}`);
    }
    const qualifier = qualifierOf(r.qualifier, where);
    return {
      areaId,
      periodStart: r.period_start ?? '',
      periodEnd: r.period_end ?? '',
      category: r.category ?? '',
      metric: r.metric ?? '',
      value,
      unit: r.unit ?? '',
      sourceId: `seed-${seed}`,
      status: 'sourced',
      ...(qualifier ? { qualifier } : {}),
    };
  });
}

/** Published province totals that illustrative figures split below province level. */
export const SPLIT_METRICS: readonly string[] = ['patrols', 'outreach_sessions', 'outreach_audience'];

/** Areas one split shares a province's total among: its communes, or its stations and posts. */
export interface SplitGroup {
  provinceId: string;
  ids: string[];
}

/**
 * Figures made up per commune and per station so the panel and the
 * choropleth have something to show below province level: each group's
 * figures split the province's published total at random (seeded) and add
 * up to it exactly. A province with no published total gets none.
 */
export function illustrativeActivity(sourced: readonly ActivityRecord[], groups: readonly SplitGroup[], seed: number): ActivityRecord[] {
  const random = seededRandom(seed);
  const totals = sourced.filter((r) => r.status === 'sourced' && SPLIT_METRICS.includes(r.metric));
  return groups.flatMap((g) => totals
    .filter((total) => total.areaId === g.provinceId)
    .flatMap((total) => {
      const shares = splitExactly(total.value, g.ids.map(() => 0.25 + random()));
      return g.ids.map((areaId, i) => ({
        areaId,
        periodStart: total.periodStart,
        periodEnd: total.periodEnd,
        category: total.category,
        metric: total.metric,
        value: shares[i] as number,
        unit: total.unit,
        sourceId: 'illustrative-demo',
        status: 'illustrative' as const,
      }));
    }));
}

/** Whole numbers in proportion to the weights that add up to `total` exactly (largest remainder). */
export function splitExactly(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((v, i) => ({ i, rest: v - Math.floor(v) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] = (out[i] as number) + 1;
    left--;
  }
  return out;
}
