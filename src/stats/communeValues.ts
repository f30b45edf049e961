import type { ActivityRecord, Dataset } from '../data/types.ts';
import { inPeriod, periodOf } from './inPeriod.ts';
import { communeRecords } from './communeRecords.ts';

export const BORDER_KM_STAT = 'borderKmEst';

export interface StatOption {
  stat: string;
  /** True when the values are illustrative, not published. */
  illustrative: boolean;
}

/** Statistics the communes can be coloured by: their estimated border length, and every metric recorded per commune. */
export function statOptions(dataset: Dataset): StatOption[] {
  return [{ stat: BORDER_KM_STAT, illustrative: false }, ...[...communeRecords(dataset).byMetric].map(([stat, records]) => ({ stat, illustrative: records.some((r) => r.status === 'illustrative') }))];
}

/** One value per commune, and the periods those values cover (none for border length). */
export interface CommuneFigures {
  values: Record<string, number | null>;
  /** Each period at least one value is for, newest first. */
  periods: string[];
}

/**
 * One value per commune for a statistic, over the chosen period: a commune
 * with no figure for it has no value (never 0). With all periods (null) an
 * activity metric takes each commune's latest period, since communes of
 * different provinces may be reported for different years; `periods` then
 * says which periods the map mixes.
 */
export function communeFigures(dataset: Dataset, stat: string, period: string | null = null): CommuneFigures {
  const values: Record<string, number | null> = {};
  for (const f of dataset.communes.features) {
    values[f.properties.id] = stat === BORDER_KM_STAT ? f.properties.borderKmEst : null;
  }
  if (stat === BORDER_KM_STAT) return { values, periods: [] };
  const latest = new Map<string, ActivityRecord>();
  for (const r of inPeriod(communeRecords(dataset).byMetric.get(stat) ?? [], period)) {
    const seen = latest.get(r.areaId);
    if (seen === undefined || r.periodEnd > seen.periodEnd) {
      latest.set(r.areaId, r);
      values[r.areaId] = r.value;
    } else if (r.periodEnd === seen.periodEnd) {
      values[r.areaId] = (values[r.areaId] ?? 0) + r.value;
    }
  }
  const periods = new Map([...latest.values()].map((r) => [periodOf(r), r.periodEnd]));
  return { values, periods: [...periods].sort(([a, x], [b, y]) => y.localeCompare(x) || b.localeCompare(a)).map(([key]) => key) };
}

/** The values alone: see communeFigures. */
export function communeValues(dataset: Dataset, stat: string, period: string | null = null): Record<string, number | null> {
  return communeFigures(dataset, stat, period).values;
}
