import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Choropleth } from '../stats/Choropleth.ts';
import { PALETTE } from '../style/palette.ts';

/**
 * Fill colour of a commune from its feature-state `value`: the class colour,
 * or the no-data colour when the commune has no value. Feature state, not a
 * rebuilt source, so switching the statistic does not re-tile the data.
 */
export function choroplethColor(c: Choropleth): ExpressionSpecification {
  const value: ExpressionSpecification = ['feature-state', 'value'];
  const first = c.colors[0] ?? PALETTE.communeNoData;
  const steps = c.breaks.flatMap((b, i) => [b, c.colors[i + 1] ?? first]);
  const classed: ExpressionSpecification =
    steps.length > 0 ? (['step', ['to-number', value], first, ...steps] as ExpressionSpecification) : ['to-color', first];
  return ['case', ['==', ['typeof', value], 'number'], classed, PALETTE.communeNoData];
}
