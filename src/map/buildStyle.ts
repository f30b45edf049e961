import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Dataset } from '../data/types.ts';
import type { Lang, ToggleLayer } from '../state/schema.ts';
import type { Choropleth } from '../stats/Choropleth.ts';
import { PALETTE, SCHEMATIC_DASH } from '../style/palette.ts';
import { choroplethColor } from './choroplethColor.ts';
import { FONT_BOLD, FONT_REGULAR, fontFaces } from './fontFaces.ts';
import { labelPoints } from './labelPoints.ts';
import { MAP_LAYERS } from './layerIds.ts';
import { twinArc } from './twinArc.ts';

const EMPTY = { type: 'FeatureCollection', features: [] };

export interface StyleInput {
  dataset: Dataset;
  lang: Lang;
  layers: readonly ToggleLayer[];
  choropleth: Choropleth;
  /** Page URL the font files resolve against. */
  baseUrl: string;
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const halo = { 'text-halo-color': PALETTE.textHalo, 'text-halo-width': 1.5, 'text-color': PALETTE.text } as const;

/**
 * The whole map as one offline style: every source inline from the dataset,
 * no `glyphs`, no sprite, no URL outside the page. Pure, so it is tested in Node.
 */
export function buildStyle({ dataset, lang, layers, choropleth, baseUrl }: StyleInput): StyleSpecification {
  const communeLabels = {
    type: 'FeatureCollection' as const,
    features: dataset.communes.features.map((f) => ({
      type: 'Feature' as const,
      properties: { id: f.properties.id, name: f.properties.name },
      geometry: { type: 'Point' as const, coordinates: f.properties.centre },
    })),
  };
  const hidden = { visibility: 'none' as const };
  const geojson = (data: unknown, promote = true) =>
    ({ type: 'geojson', data, ...(promote ? { promoteId: 'id' } : {}) }) as StyleSpecification['sources'][string];
  const style: StyleSpecification = {
    version: 8,
    name: 'Border Atlas offline',
    'font-faces': fontFaces(baseUrl),
    sources: {
      countries: geojson(dataset.countries, false),
      countryLabels: geojson(labelPoints(dataset.countries), false),
      provinces: geojson(dataset.provinces),
      provinceLabels: geojson(labelPoints(dataset.provinces)),
      communes: geojson(dataset.communes),
      communeLabels: geojson(communeLabels),
      borderLine: geojson(dataset.borderLine),
      twinPairs: geojson({ ...dataset.twinPairs, features: dataset.twinPairs.features.map((f) => twinArc(f)) }),
      twinEnds: geojson({
        type: 'FeatureCollection',
        features: dataset.twinPairs.features.flatMap((f) =>
          [f.geometry.coordinates[0], f.geometry.coordinates.at(-1)].map((c) => ({
            type: 'Feature', properties: { id: f.properties.id }, geometry: { type: 'Point', coordinates: c },
          })),
        ),
      }, false),
      markers: geojson(dataset.markers),
      facilities: geojson(dataset.facilities),
      // Filled by setCoverage when the coverage view is on; empty and hidden otherwise.
      coverageBorder: geojson(EMPTY, false),
      coverageRings: geojson(EMPTY, false),
      coverageSplits: geojson(EMPTY, false),
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
      {
        id: 'countries-fill', type: 'fill', source: 'countries',
        paint: { 'fill-color': ['match', ['get', 'iso'], 'VN', PALETTE.landVietnam, PALETTE.landNeighbour], 'fill-antialias': false },
      },
      { id: 'countries-outline', type: 'line', source: 'countries', paint: { 'line-color': PALETTE.countryOutline, 'line-width': 0.6 } },
      { id: 'provinces-fill', type: 'fill', source: 'provinces', paint: { 'fill-color': PALETTE.provinceOutline, 'fill-opacity': 0.06, 'fill-antialias': false } },
      { id: 'communes-fill', type: 'fill', source: 'communes', paint: { 'fill-color': choroplethColor(choropleth), 'fill-opacity': 0.85, 'fill-antialias': false } },
      {
        id: 'communes-outline', type: 'line', source: 'communes', filter: ['==', ['get', 'geometryQuality'], 'schematic'],
        paint: { 'line-color': PALETTE.communeOutline, 'line-width': 0.8, 'line-dasharray': [...SCHEMATIC_DASH] },
      },
      // Outlines from opened files: solid, so built and surveyed boundaries never look alike.
      {
        id: 'communes-outline-surveyed', type: 'line', source: 'communes', filter: ['!=', ['get', 'geometryQuality'], 'schematic'],
        paint: { 'line-color': PALETTE.communeOutline, 'line-width': 1.2 },
      },
      {
        id: 'provinces-outline', type: 'line', source: 'provinces',
        paint: {
          'line-color': ['case', state('selected'), PALETTE.selected, PALETTE.provinceOutline],
          'line-width': ['case', state('selected'), 4, state('hover'), 3, 2],
        },
      },
      {
        id: 'communes-highlight', type: 'line', source: 'communes',
        paint: {
          'line-color': ['case', state('selected'), PALETTE.selected, PALETTE.hover],
          'line-width': ['case', state('selected'), 3.5, state('hover'), 2, 0],
        },
      },
      { id: 'coverage-rings-fill', type: 'fill', source: 'coverageRings', layout: hidden, paint: { 'fill-color': PALETTE.covered, 'fill-opacity': 0.08, 'fill-antialias': false } },
      { id: 'coverage-rings-line', type: 'line', source: 'coverageRings', layout: hidden, paint: { 'line-color': PALETTE.covered, 'line-width': 1, 'line-opacity': 0.7 } },
      {
        id: 'communes-flagged', type: 'line', source: 'communes', layout: hidden,
        paint: { 'line-color': PALETTE.flagged, 'line-width': ['case', state('flagged'), 3, 0], 'line-dasharray': [1.5, 1] },
      },
      { id: 'border-halo', type: 'line', source: 'borderLine', layout: { 'line-join': 'round' }, paint: { 'line-color': PALETTE.borderHalo, 'line-width': 6 } },
      { id: 'border-line', type: 'line', source: 'borderLine', layout: { 'line-join': 'round' }, paint: { 'line-color': PALETTE.borderLine, 'line-width': 3 } },
      {
        id: 'coverage-border', type: 'line', source: 'coverageBorder', layout: { ...hidden, 'line-cap': 'round' },
        paint: { 'line-color': ['case', ['get', 'covered'], PALETTE.covered, PALETTE.uncovered], 'line-width': ['case', ['get', 'covered'], 4, 6] },
      },
      {
        id: 'coverage-splits', type: 'circle', source: 'coverageSplits', layout: hidden,
        paint: { 'circle-radius': 3.5, 'circle-color': '#ffffff', 'circle-stroke-color': PALETTE.text, 'circle-stroke-width': 1.5 },
      },
      { id: 'twin-hit', type: 'line', source: 'twinPairs', paint: { 'line-color': PALETTE.twinPair, 'line-width': 14, 'line-opacity': 0 } },
      {
        id: 'twin-arcs', type: 'line', source: 'twinPairs', layout: { 'line-cap': 'round' },
        paint: {
          'line-color': ['case', state('selected'), PALETTE.selected, PALETTE.twinPair],
          'line-width': ['case', state('selected'), 4, state('hover'), 3.5, 2.5],
          'line-dasharray': [2, 1],
        },
      },
      {
        id: 'twin-ends', type: 'circle', source: 'twinEnds',
        paint: { 'circle-radius': 3.5, 'circle-color': PALETTE.twinPair, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.2 },
      },
      {
        id: 'markers-circle', type: 'circle', source: 'markers',
        paint: { 'circle-radius': 4.5, 'circle-color': PALETTE.marker, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 },
      },
      {
        id: 'facilities-halo', type: 'circle', source: 'facilities',
        paint: {
          'circle-radius': 13,
          'circle-color': PALETTE.selected,
          'circle-opacity': ['case', state('selected'), 0.9, state('hover'), 0.45, 0],
        },
      },
      {
        id: 'facilities-label', type: 'symbol', source: 'facilities', minzoom: 8.5,
        layout: {
          'text-field': ['get', 'name'], 'text-font': [FONT_REGULAR], 'text-size': 11,
          'text-offset': [0, 1.1], 'text-anchor': 'top', 'text-optional': true,
        },
        paint: halo,
      },
      {
        id: 'communes-label', type: 'symbol', source: 'communeLabels', minzoom: 8,
        // Above the centre: a station often stands on it, its icon in the middle and its name below.
        layout: { 'text-field': ['get', 'name'], 'text-font': [FONT_REGULAR], 'text-size': 11, 'text-anchor': 'bottom', 'text-offset': [0, -0.8] },
        paint: { ...halo, 'text-color': '#3b3b38' },
      },
      {
        id: 'markers-label', type: 'symbol', source: 'markers', minzoom: 8,
        layout: { 'text-field': ['get', 'name'], 'text-font': [FONT_REGULAR], 'text-size': 10, 'text-offset': [0, 1], 'text-anchor': 'top', 'text-max-width': 12 },
        paint: halo,
      },
      {
        id: 'provinces-label', type: 'symbol', source: 'provinceLabels',
        layout: { 'text-field': ['get', 'name'], 'text-font': [FONT_BOLD], 'text-size': 15 },
        paint: { ...halo, 'text-color': PALETTE.provinceOutline, 'text-halo-width': 2 },
      },
      {
        id: 'countries-label', type: 'symbol', source: 'countryLabels',
        layout: {
          'text-field': ['get', lang === 'vi' ? 'nameVi' : 'nameEn'], 'text-font': [FONT_BOLD], 'text-size': 16,
          'text-transform': 'uppercase', 'text-letter-spacing': 0.12,
        },
        paint: { ...halo, 'text-color': '#6d675a', 'text-halo-width': 2 },
      },
      // Last, so no label ever hides a station, post or gate.
      {
        id: 'facilities-symbol', type: 'symbol', source: 'facilities',
        layout: {
          'icon-image': ['concat', 'sym-', ['get', 'kind']],
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
          // Gates are drawn beside a station placed at the same commune centre, not hidden under it.
          'icon-offset': ['match', ['get', 'kind'], 'gate', ['literal', [9, -9]], ['literal', [0, 0]]],
        },
      },
    ] as LayerSpecification[],
  };
  return withVisibility(style, layers);
}

/** Sets each toggled layer's map layers visible or hidden. */
export function withVisibility(style: StyleSpecification, shown: readonly ToggleLayer[]): StyleSpecification {
  const hidden = new Set(
    (Object.keys(MAP_LAYERS) as ToggleLayer[]).filter((k) => !shown.includes(k)).flatMap((k) => MAP_LAYERS[k]),
  );
  return {
    ...style,
    layers: style.layers.map((l) =>
      l.type === 'background' ? l : ({ ...l, layout: { ...(l.layout ?? {}), visibility: hidden.has(l.id) ? 'none' : 'visible' } } as LayerSpecification),
    ),
  };
}
