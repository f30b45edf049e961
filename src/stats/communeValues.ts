import type { Dataset } from '../data/types.ts';

export const BORDER_KM_STAT = 'borderKmEst';

export interface StatOption {
  stat: string;
  /** True when the values are illustrative, not published. */
  illustrative: boolean;
}

/** Statistics the communes can be coloured by: their estimated border length, and every metric recorded per commune. */
export function statOptions(dataset: Dataset): StatOption[] {
  const communeIds = new Set(dataset.communes.features.map((f) => f.properties.id));
  const metrics = new Map<string, boolean>();
  for (const r of dataset.activity) {
    if (!communeIds.has(r.areaId)) continue;
    metrics.set(r.metric, (metrics.get(r.metric) ?? false) || r.status === 'illustrative');
  }
  return [{ stat: BORDER_KM_STAT, illustrative: false }, ...[...metrics].map(([stat, illustrative]) => ({ stat, illustrative }))];
}

/**
 * One value per commune for a statistic. An activity metric takes each
 * commune's latest period, since communes of different provinces may be
 * reported for different years; a commune with no record has no value.
 */
export function communeValues(dataset: Dataset, stat: string): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const f of dataset.communes.features) {
    out[f.properties.id] = stat === BORDER_KM_STAT ? f.properties.borderKmEst : null;
  }
  if (stat === BORDER_KM_STAT) return out;
  const latest = new Map<string, string>();
  for (const r of dataset.activity) {
    if (r.metric !== stat || !(r.areaId in out)) continue;
    const seen = latest.get(r.areaId);
    if (seen === undefined || r.periodEnd > seen) {
      latest.set(r.areaId, r.periodEnd);
      out[r.areaId] = r.value;
    } else if (r.periodEnd === seen) {
      out[r.areaId] = (out[r.areaId] ?? 0) + r.value;
    }
  }
  return out;
}
