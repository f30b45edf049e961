import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { PALETTE } from '../style/palette.ts';
import { atZooms, byZoom } from './typeScale.ts';

interface Override {
  paint?: Record<string, unknown>;
  layout?: Record<string, unknown>;
  minzoom?: number;
}

const INK = '#111111';
const selected = ['boolean', ['feature-state', 'selected'], false];
const halo = (width: number) => ({ 'text-color': INK, 'text-halo-color': '#ffffff', 'text-halo-width': width, 'text-halo-blur': 0 });

/**
 * The projector theme, layer by layer. A projector washes out pale tints and
 * thin lines and is read from the back of a room: land goes white against a
 * deeper sea and darker neighbours, outlines and the border get heavier,
 * every name is larger, black on a solid halo, and commune names show a zoom
 * level earlier; the choropleth is drawn opaque so its classes keep apart.
 */
export const PROJECTOR: Record<string, Override> = {
  sea: { paint: { 'background-color': '#9cc3de' } },
  'countries-fill': { paint: { 'fill-color': ['match', ['get', 'iso'], 'VN', '#ffffff', '#d6d0bf'] } },
  'water-fill': { paint: { 'fill-color': '#9cc3de', 'fill-outline-color': '#6f9fc2' } },
  'countries-outline': { paint: { 'line-color': '#4f4a3f', 'line-width': byZoom([5, 1.2], [9, 2], [12, 2.6]) } },
  'world-borders': { paint: { 'line-color': '#4f4a3f', 'line-width': byZoom([5, 1.2], [9, 2], [12, 2.6]) } },
  'world-land': { paint: { 'fill-color': ['match', ['get', 'iso'], 'VN', '#ffffff', '#d6d0bf'] } },
  'communes-fill': { paint: { 'fill-opacity': 1 } },
  'communes-outline': { paint: { 'line-color': '#3b372f', 'line-width': byZoom([6, 0.9], [10, 1.6]) } },
  'communes-outline-surveyed': { paint: { 'line-color': '#3b372f', 'line-width': byZoom([6, 1.2], [10, 2]) } },
  'provinces-outline': { paint: { 'line-width': atZooms([5, 8, 11], (i) => ['case', selected, 6, [2.6, 3.6, 4.5][i]]) } },
  'communes-highlight': { paint: { 'line-width': ['case', selected, 5, ['boolean', ['feature-state', 'hover'], false], 3, 0] } },
  'coverage-rings-line': { paint: { 'line-width': byZoom([6, 1.4], [10, 2]), 'line-opacity': 0.8 } },
  'communes-flagged': { paint: { 'line-width': atZooms([6, 10], (i) => ['case', ['boolean', ['feature-state', 'flagged'], false], [3.5, 5][i], 0]) } },
  'border-halo': { paint: { 'line-width': byZoom([5, 8], [8, 11], [12, 14]) } },
  'border-line': { paint: { 'line-width': byZoom([5, 4], [8, 5.5], [12, 7]) } },
  'coverage-border-casing': { paint: { 'line-width': atZooms([5, 10], (i) => ['case', ['get', 'covered'], [8, 11][i], [11, 15][i]]) } },
  'coverage-border': { paint: { 'line-width': atZooms([5, 10], (i) => ['case', ['get', 'covered'], [5, 7][i], [8, 11][i]]) } },
  'coverage-splits': { paint: { 'circle-radius': byZoom([5, 4], [10, 6]), 'circle-stroke-width': 2.5 } },
  'twin-arcs': { paint: { 'line-width': atZooms([5, 8, 11], (i) => ['case', selected, 6, [2.5, 3.5, 4.5][i]]) } },
  'twin-ends': { paint: { 'circle-radius': byZoom([5, 3.5], [8, 5], [11, 7]), 'circle-stroke-width': 2 } },
  'markers-circle': { paint: { 'circle-radius': byZoom([5, 4], [8, 6], [11, 8]), 'circle-stroke-width': 2 } },
  'towns-dot': { paint: { 'circle-radius': byZoom([5, 3.5], [9, 5]), 'circle-stroke-color': INK, 'circle-stroke-width': 2 } },
  'facilities-halo': { paint: { 'circle-radius': byZoom([5, 11], [9, 16], [11, 19]) } },
  'towns-label': { layout: { 'text-size': byZoom([5, 16], [8, 18], [11, 20]) }, paint: halo(2.6) },
  'communes-label': { minzoom: 7.5, layout: { 'text-size': byZoom([7.5, 15], [10, 18], [12, 20]) }, paint: halo(2.6) },
  'markers-label': { layout: { 'text-size': byZoom([8, 15], [11, 18]) }, paint: halo(2.6) },
  'facilities-label': { minzoom: 8, layout: { 'text-size': byZoom([8, 15], [11, 18]) }, paint: halo(2.6) },
  'provinces-label': { layout: { 'text-size': byZoom([5, 21], [7, 26], [10, 32]) }, paint: { ...halo(3.2), 'text-color': PALETTE.provinceOutline } },
  'countries-label': { layout: { 'text-size': byZoom([5, 20], [7, 25], [10, 32]) }, paint: { ...halo(3), 'text-color': '#3f3a30' } },
  'facilities-symbol': { layout: { 'icon-size': byZoom([5, 0.75], [8, 1], [11, 1.35]) } },
};

/** The style in the projector theme: the same layers, sources and data, with the designed overrides above. */
export function projectorStyle(style: StyleSpecification): StyleSpecification {
  return {
    ...style,
    layers: style.layers.map((layer) => {
      const o = PROJECTOR[layer.id];
      if (!o) return layer;
      const l = layer as LayerSpecification & { paint?: object; layout?: object };
      return {
        ...layer,
        ...(o.minzoom !== undefined ? { minzoom: o.minzoom } : {}),
        ...(o.paint ? { paint: { ...(l.paint ?? {}), ...o.paint } } : {}),
        ...(o.layout ? { layout: { ...(l.layout ?? {}), ...o.layout } } : {}),
      } as LayerSpecification;
    }),
  };
}
