import { quantileSorted } from 'd3';

/**
 * Class thresholds for a choropleth: quantiles of the values, rounded to
 * two significant figures so the legend reads cleanly, with duplicates
 * dropped (fewer classes rather than empty ones). Class i holds
 * breaks[i-1] <= v < breaks[i].
 */
export function classify(values: readonly (number | null)[], classes: number): number[] {
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length < 2 || classes < 2) return [];
  const min = sorted[0] as number;
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const q = roundNice(quantileSorted(sorted, i / classes) as number);
    if (q > min && q !== breaks.at(-1) && q <= (sorted.at(-1) as number)) breaks.push(q);
  }
  return breaks;
}

function roundNice(v: number): number {
  return Number(v.toPrecision(2));
}
