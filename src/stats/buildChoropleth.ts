import type { Dataset } from '../data/types.ts';
import { CHOROPLETH } from '../style/palette.ts';
import type { Choropleth } from './Choropleth.ts';
import { classify } from './classify.ts';
import { communeFigures, statOptions } from './communeValues.ts';
import { memoByParts } from './memoByParts.ts';

/** Colourings made so far per dataset, by statistic and period: switching back to one reads it, not the table. */
const made = memoByParts((d: Dataset) => [d.communes.features, d.activity], () => new Map<string, Choropleth>());

/**
 * Everything the map and the legend need to colour communes by one
 * statistic over one period (null: all periods). The same object for the
 * same dataset, statistic and period: a choropleth is never changed in place.
 */
export function buildChoropleth(dataset: Dataset, stat: string, period: string | null = null): Choropleth {
  const cache = made(dataset);
  const key = `${stat}\u0000${period ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const choropleth = compute(dataset, stat, period);
  cache.set(key, choropleth);
  return choropleth;
}

function compute(dataset: Dataset, stat: string, period: string | null): Choropleth {
  const { values, periods } = communeFigures(dataset, stat, period);
  const breaks = classify(Object.values(values), CHOROPLETH.length);
  return {
    stat,
    period,
    periods,
    values,
    breaks,
    colors: spread(breaks.length + 1),
    illustrative: statOptions(dataset).find((o) => o.stat === stat)?.illustrative ?? false,
  };
}

/** k colours spread over the whole ramp, so three classes still run from light to dark. */
function spread(k: number): string[] {
  const last = CHOROPLETH.length - 1;
  if (k <= 1) return [CHOROPLETH[Math.floor(last / 2)] as string];
  return Array.from({ length: k }, (_, i) => CHOROPLETH[Math.round((i * last) / (k - 1))] as string);
}
