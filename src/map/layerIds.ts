import type { ToggleLayer } from '../state/schema.ts';

/** The map layers that draw each layer the user can switch, so toggles and the style agree. */
export const MAP_LAYERS: Record<ToggleLayer, readonly string[]> = {
  provinces: ['provinces-fill', 'provinces-outline', 'provinces-label'],
  communes: ['communes-fill', 'communes-outline', 'communes-outline-surveyed', 'communes-highlight', 'communes-label'],
  borderLine: ['border-halo', 'border-line'],
  twinPairs: ['twin-hit', 'twin-arcs', 'twin-ends'],
  markers: ['markers-circle', 'markers-label'],
  facilities: ['facilities-halo', 'facilities-symbol', 'facilities-label'],
};

/** Layers a click or hover can pick, topmost first: a small symbol wins over the area under it. */
export const PICKABLE = ['facilities-symbol', 'twin-hit', 'markers-circle', 'communes-fill', 'provinces-fill'] as const;

/** Source of each pickable layer, for feature state. */
export const SOURCE_OF: Record<(typeof PICKABLE)[number], string> = {
  'facilities-symbol': 'facilities',
  'twin-hit': 'twinPairs',
  'markers-circle': 'markers',
  'communes-fill': 'communes',
  'provinces-fill': 'provinces',
};

/** Layers of the coverage view, shown together when it is on. */
export const COVERAGE_LAYERS = ['coverage-rings-line', 'coverage-border-casing', 'coverage-border', 'coverage-splits'] as const;

/**
 * The outlines of the communes far from every station. Drawn from the marks
 * source, it is always shown: it draws only the communes flagged in their
 * feature state, and showing or hiding a layer makes MapLibre cut its
 * source's tiles again. Drawn from a tiled dataset's communes, which hold
 * every commune, it shows with the coverage view only.
 */
export const FLAGGED_LAYER = 'communes-flagged';
