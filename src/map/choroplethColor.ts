import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Choropleth } from '../stats/Choropleth.ts';
import { PALETTE } from '../style/palette.ts';

const FILL: ExpressionSpecification = ['feature-state', 'fill'];

/**
 * Fill colour of a commune: its class colour, held in its feature state
 * `fill` (see choroplethFills), or the no-data colour. The expression is
 * the same for every statistic and period, so switching them sets the
 * feature state of the communes whose colour changes and nothing else: a
 * changed paint expression would make MapLibre cut every commune tile
 * again, and a value per commune would be set on all 10,000 of them.
 */
export function choroplethColor(_choropleth?: Choropleth): ExpressionSpecification {
  return ['case', ['==', ['typeof', FILL], 'string'], ['to-color', FILL], PALETTE.communeNoData];
}

/** A value's class colour (class i holds breaks[i-1] <= v < breaks[i]), or null for no value. */
export function fillOf(c: Choropleth, v: number | null | undefined): string | null {
  if (typeof v !== 'number') return null;
  const first = c.colors[0] ?? PALETTE.communeNoData;
  let colour = first;
  for (let i = 0; i < c.breaks.length && v >= (c.breaks[i] as number); i++) colour = c.colors[i + 1] ?? first;
  return colour;
}

/** Each commune with a value and its class colour, as the communes' feature state `fill`. */
export function choroplethFills(c: Choropleth): Map<string, string> {
  const fills = new Map<string, string>();
  for (const id in c.values) {
    const colour = fillOf(c, c.values[id]);
    if (colour !== null) fills.set(id, colour);
  }
  return fills;
}
