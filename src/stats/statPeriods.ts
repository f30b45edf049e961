import type { Dataset } from '../data/types.ts';
import { communeRecords } from './communeRecords.ts';

/**
 * The periods a colouring statistic has figures for among the communes,
 * newest first (by last day, then first): what the period choice offers
 * beside "all periods". Border length is a fixed estimate: it has none.
 */
export function statPeriods(dataset: Dataset, stat: string): string[] {
  return [...(communeRecords(dataset).periods.get(stat) ?? [])];
}

/**
 * The period shown for a statistic: the one asked for if the statistic has
 * figures for it, else all periods (null). A period kept from another
 * statistic, a slide or a link never colours the map with nothing.
 */
export function periodShown(periods: readonly string[], asked: string | null): string | null {
  return asked !== null && periods.includes(asked) ? asked : null;
}
