import type { ActivityRecord } from '../../src/data/types.ts';
import { PROVINCE_IDS } from './communes.ts';
import { seededRandom } from './random.ts';

/** Every published figure, at province level, with the seed report it came from. */
export function sourcedActivity(rows: Record<string, string>[]): ActivityRecord[] {
  return rows.map((r, i) => {
    const areaId = PROVINCE_IDS[r.province ?? ''];
    const seed = /^(\d{3})_/.exec(r.source_seed ?? '')?.[1];
    const value = Number(r.value);
    if (!areaId || !seed || !Number.isFinite(value)) {
      throw new Error(`activity.csv, row ${i + 2}: expected a known province, a seed file and a numeric value, got ${JSON.stringify([r.province, r.source_seed, r.value])}`);
    }
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
      ...(r.note ? { note: r.note } : {}),
    };
  });
}

/** Metrics made up per commune and station so the panel and the choropleth have something to show below province level. */
const ILLUSTRATIVE = [
  { category: 'patrol', metric: 'patrols', unit: 'sessions', range: [4, 30] },
  { category: 'outreach', metric: 'outreach_sessions', unit: 'sessions', range: [10, 60] },
  { category: 'outreach', metric: 'outreach_audience', unit: 'person-times', range: [400, 3500] },
] as const;
const PERIOD: Record<string, [string, string]> = { '12': ['2024-01-01', '2024-06-30'], '40': ['2021-01-01', '2021-12-31'] };

export function illustrativeActivity(areas: { id: string; provinceId: string }[], seed: number): ActivityRecord[] {
  const random = seededRandom(seed);
  return areas.flatMap(({ id, provinceId }) => {
    const [periodStart, periodEnd] = PERIOD[provinceId] as [string, string];
    return ILLUSTRATIVE.map(({ category, metric, unit, range }) => ({
      areaId: id,
      periodStart,
      periodEnd,
      category,
      metric,
      value: Math.round(range[0] + random() * (range[1] - range[0])),
      unit,
      sourceId: 'illustrative-demo',
      status: 'illustrative' as const,
      note: 'Illustrative: not published; generated for the demo.',
    }));
  });
}
