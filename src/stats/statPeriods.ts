import type { Dataset } from '../data/types.ts';
import { periodOf } from './inPeriod.ts';

/**
 * The periods a colouring statistic has figures for among the communes,
 * newest first (by last day, then first): what the period choice offers
 * beside "all periods". Border length is a fixed estimate: it has none.
 */
export function statPeriods(dataset: Dataset, stat: string): string[] {
  const communeIds = new Set(dataset.communes.features.map((f) => f.properties.id));
  const seen = new Map<string, { start: string; end: string }>();
  for (const r of dataset.activity) {
    if (r.metric === stat && communeIds.has(r.areaId)) seen.set(periodOf(r), { start: r.periodStart, end: r.periodEnd });
  }
  return [...seen]
    .sort(([, a], [, b]) => b.end.localeCompare(a.end) || b.start.localeCompare(a.start))
    .map(([key]) => key);
}

/**
 * The period shown for a statistic: the one asked for if the statistic has
 * figures for it, else all periods (null). A period kept from another
 * statistic, a slide or a link never colours the map with nothing.
 */
export function periodShown(periods: readonly string[], asked: string | null): string | null {
  return asked !== null && periods.includes(asked) ? asked : null;
}
