import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Dataset } from '../data/types.ts';
import { memoByObject } from '../data/memoByObject.ts';
import type { Lang, ToggleLayer } from '../state/schema.ts';
import type { Choropleth } from '../stats/Choropleth.ts';
import { PALETTE, SCHEMATIC_DASH } from '../style/palette.ts';
import { choroplethColor } from './choroplethColor.ts';
import { FONT_BOLD, FONT_REGULAR, fontFaces } from './fontFaces.ts';
import { fontUrl } from './fontUrl.ts';
import { countryBorders } from './countryBorders.ts';
import { drawnLayer } from './drawnLayer.ts';
import { countryLabelPoints, provinceLabelPoints } from './labelCache.ts';
import { FLAGGED_LAYER, MAP_LAYERS } from './layerIds.ts';
import { MARKS_SOURCE } from './markedCommunes.ts';
import { tiledSource, withSourceLayers } from './tiledSource.ts';
import { twinArc } from './twinArc.ts';
import { atZooms, byZoom, TYPE } from './typeScale.ts';

/** A source with nothing to draw yet: the coverage view's until it is on, and any source createMap fills by setData. */
export const EMPTY = { type: 'FeatureCollection' as const, features: [] as GeoJSON.Feature[] };

export interface StyleInput {
  dataset: Dataset;
  lang: Lang;
  layers: readonly ToggleLayer[];
  choropleth: Choropleth;
  /** Page URL the font files resolve against. */
  baseUrl: string;
  /** The marked communes' outlines (markedCommunes), for a dataset whose communes are not tiled; none when not given. */
  marks?: GeoJSON.FeatureCollection;
  /** Whether the coverage view's layers show (their sources are filled by setData); hidden when not given. */
  coverage?: boolean;
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const halo = { 'text-halo-color': PALETTE.textHalo, 'text-halo-width': 1.6, 'text-halo-blur': 0.2, 'text-color': PALETTE.text } as const;
/** Facility icons grow with the zoom: dots along the border when the whole region shows, full symbols close in. */
export const ICON_SIZE = byZoom([5, 0.42], [7, 0.55], [9, 0.8], [11, 1]);
const basemap = (layer: string): ExpressionSpecification => ['==', ['get', 'layer'], layer];
/**
 * How far, in px at a tile's zoom, a source's lines and polygons reach past
 * each tile's edge. MapLibre's default, 128 px (a quarter of a tile on each
 * side), has every tile clip, tessellate and draw a wide band of its
 * neighbours' features again. A line only needs to end beyond the edge, past
 * its cap and join: a little over half the widest line (14 px). Point sources
 * get none: MapLibre draws circles and symbols whole, unclipped, from the one
 * tile that holds them. Against 128, paired cold loads were ready ~10%
 * sooner on the demo and ~12% on the national dataset (docs/performance.md).
 */
export const EDGE_BUFFER = 16;

// Derived from a layer once: the same object each time tells the map the source is unchanged (createMap.setDataset).
const communeLabels = memoByObject((communes: Dataset['communes']) => ({
  type: 'FeatureCollection' as const,
  features: communes.features.map((f) => ({
    type: 'Feature' as const,
    properties: { id: f.properties.id, name: f.properties.name },
    geometry: { type: 'Point' as const, coordinates: f.properties.centre },
  })),
}));
// What each layer's features keep for the map: the properties its style reads, and `id` where the picker and feature state need it.
const drawn = {
  communes: drawnLayer(['id', 'geometryQuality']),
  provinces: drawnLayer(['id']),
  provinceLabels: drawnLayer(['id', 'name']),
  countries: drawnLayer(['iso']),
  countryLabels: drawnLayer(['nameVi', 'nameEn']),
  borderLine: drawnLayer(['id']),
  twinPairs: drawnLayer(['id']),
  markers: drawnLayer(['id', 'name']),
  facilities: drawnLayer(['id', 'name', 'kind']),
};
const twinArcs = memoByObject((pairs: Dataset['twinPairs']) => ({ ...pairs, features: pairs.features.map((f) => twinArc(f)) }));
const twinEnds = memoByObject((pairs: Dataset['twinPairs']) => ({
  type: 'FeatureCollection' as const,
  features: pairs.features.flatMap((f) =>
    [f.geometry.coordinates[0], f.geometry.coordinates.at(-1)].map((c) => ({
      type: 'Feature' as const, properties: {}, geometry: { type: 'Point' as const, coordinates: c },
    })),
  ),
}));

/**
 * The whole map as one offline style: every source inline from the dataset,
 * no `glyphs`, no sprite, no URL outside the page. Pure, so it is tested in Node.
 *
 * Labels are placed top layer first: facility symbols, then country and
 * province names, then towns, communes and the rest; each later label moves
 * to another anchor or gives way rather than overlap an earlier one, so no
 * symbol is ever drawn over a province or country name.
 */
export function buildStyle({ dataset, lang, layers, choropleth, baseUrl, marks = EMPTY, coverage = false }: StyleInput): StyleSpecification {
  const covering = { visibility: coverage ? ('visible' as const) : ('none' as const) };
  // A tiled dataset's marks are drawn from the tiles, which hold every commune already.
  const marked = dataset.manifest.tiles?.communes ? 'communes' : MARKS_SOURCE;
  const geojson = (data: unknown, promote = true, buffer = EDGE_BUFFER) =>
    ({ type: 'geojson', data, buffer, ...(promote ? { promoteId: 'id' } : {}) }) as StyleSpecification['sources'][string];
  const style: StyleSpecification = {
    version: 8,
    name: 'Border Atlas offline',
    'font-faces': fontFaces(fontUrl),
    // Label and point sources first: MapLibre asks its worker for tiles in this order, and a label's tile asks
    // for its font, which otherwise waited behind the large sources' tiles and the frames drawn with them.
    sources: {
      countryLabels: geojson(drawn.countryLabels(countryLabelPoints(dataset)), false, 0),
      provinceLabels: geojson(drawn.provinceLabels(provinceLabelPoints(dataset)), true, 0),
      communeLabels: geojson(communeLabels(dataset.communes), true, 0),
      facilities: geojson(drawn.facilities(dataset.facilities), true, 0),
      markers: geojson(drawn.markers(dataset.markers), true, 0),
      twinEnds: geojson(twinEnds(dataset.twinPairs), false, 0),
      borderLine: geojson(drawn.borderLine(dataset.borderLine)),
      twinPairs: geojson(drawn.twinPairs(twinArcs(dataset.twinPairs))),
      provinces: geojson(drawn.provinces(dataset.provinces)),
      countryBorders: geojson(countryBorders(dataset.countries), false),
      countries: geojson(drawn.countries(dataset.countries), false),
      // A tiled dataset draws its communes from tiles; the loaded layer then holds the attribute table, which only the panels read.
      communes: dataset.manifest.tiles?.communes ? tiledSource(dataset.manifest.tiles.communes, baseUrl) : geojson(drawn.communes(dataset.communes)),
      [MARKS_SOURCE]: geojson(marks),
      basemap: geojson(dataset.basemap ? dataset.basemap.data ?? new URL(dataset.basemap.url, baseUrl).href : EMPTY, false),
      // Filled by setCoverage when the coverage view is on; empty and hidden otherwise.
      coverageBorder: geojson(EMPTY, false),
      coverageRings: geojson(EMPTY, false),
      coverageSplits: geojson(EMPTY, false, 0),
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': PALETTE.sea } },
      // The world beyond the detailed countries, so no view the map allows ends in a cut edge.
      {
        id: 'world-land', type: 'fill', source: 'basemap', filter: basemap('land'),
        paint: { 'fill-color': ['match', ['get', 'iso'], 'VN', PALETTE.landVietnam, PALETTE.landNeighbour], 'fill-antialias': false },
      },
      {
        id: 'countries-fill', type: 'fill', source: 'countries',
        paint: { 'fill-color': ['match', ['get', 'iso'], 'VN', PALETTE.landVietnam, PALETTE.landNeighbour], 'fill-antialias': false },
      },
      { id: 'water-fill', type: 'fill', source: 'basemap', filter: basemap('water'), paint: { 'fill-color': PALETTE.water, 'fill-outline-color': PALETTE.waterOutline } },
      // Land borders only, exact near the data and ~1 km beyond: no line along a coast or a cut edge.
      {
        id: 'countries-outline', type: 'line', source: 'countryBorders', layout: { 'line-join': 'round' },
        paint: { 'line-color': PALETTE.countryOutline, 'line-width': byZoom([5, 0.7], [8, 1.1], [12, 1.6]) },
      },
      {
        id: 'world-borders', type: 'line', source: 'basemap', filter: basemap('boundary'), layout: { 'line-join': 'round' },
        paint: { 'line-color': PALETTE.countryOutline, 'line-width': byZoom([5, 0.7], [8, 1.1], [12, 1.6]) },
      },
      { id: 'provinces-fill', type: 'fill', source: 'provinces', paint: { 'fill-color': PALETTE.provinceOutline, 'fill-opacity': 0.06, 'fill-antialias': false } },
      { id: 'communes-fill', type: 'fill', source: 'communes', paint: { 'fill-color': choroplethColor(choropleth), 'fill-opacity': 0.85, 'fill-antialias': false } },
      {
        id: 'communes-outline', type: 'line', source: 'communes', filter: ['==', ['get', 'geometryQuality'], 'schematic'],
        paint: { 'line-color': PALETTE.communeOutline, 'line-width': byZoom([6, 0.4], [9, 0.8], [12, 1.2]), 'line-dasharray': [...SCHEMATIC_DASH] },
      },
      // Outlines from opened files: solid, so built and surveyed boundaries never look alike.
      {
        id: 'communes-outline-surveyed', type: 'line', source: 'communes', filter: ['!=', ['get', 'geometryQuality'], 'schematic'],
        paint: { 'line-color': PALETTE.communeOutline, 'line-width': byZoom([6, 0.6], [9, 1.2], [12, 1.6]) },
      },
      {
        id: 'provinces-outline', type: 'line', source: 'provinces', layout: { 'line-join': 'round' },
        paint: {
          'line-color': ['case', state('selected'), PALETTE.selected, PALETTE.provinceOutline],
          'line-width': atZooms([5, 8, 11], (i) => ['case', state('selected'), 4, state('hover'), 3, [1.2, 2, 2.6][i]]),
        },
      },
      {
        id: 'communes-highlight', type: 'line', source: marked,
        paint: {
          'line-color': ['case', state('selected'), PALETTE.selected, PALETTE.hover],
          'line-width': ['case', state('selected'), 3.5, state('hover'), 2, 0],
        },
      },
      // Station reach as thin outlines only: a filled disc would tint the choropleth under it.
      { id: 'coverage-rings-line', type: 'line', source: 'coverageRings', layout: covering, paint: { 'line-color': PALETTE.covered, 'line-width': byZoom([6, 0.7], [10, 1.2]), 'line-opacity': 0.55 } },
      {
        id: FLAGGED_LAYER, type: 'line', source: marked, layout: marked === MARKS_SOURCE ? {} : covering,
        paint: { 'line-color': PALETTE.flagged, 'line-width': atZooms([6, 10], (i) => ['case', state('flagged'), [2, 3][i], 0]), 'line-dasharray': [1.5, 1] },
      },
      { id: 'border-halo', type: 'line', source: 'borderLine', layout: { 'line-join': 'round' }, paint: { 'line-color': PALETTE.borderHalo, 'line-width': byZoom([5, 4], [8, 6], [12, 8]) } },
      { id: 'border-line', type: 'line', source: 'borderLine', layout: { 'line-join': 'round' }, paint: { 'line-color': PALETTE.borderLine, 'line-width': byZoom([5, 2], [8, 3], [12, 4]) } },
      // A white casing under the coverage line, so dark and amber both read on light and dark commune fills.
      {
        id: 'coverage-border-casing', type: 'line', source: 'coverageBorder', layout: { ...covering, 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': PALETTE.borderHalo, 'line-width': atZooms([5, 10], (i) => ['case', ['get', 'covered'], [5, 7][i], [7, 10][i]]) },
      },
      {
        id: 'coverage-border', type: 'line', source: 'coverageBorder', layout: { ...covering, 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': ['case', ['get', 'covered'], PALETTE.covered, PALETTE.uncovered], 'line-width': atZooms([5, 10], (i) => ['case', ['get', 'covered'], [3, 4][i], [5, 7][i]]) },
      },
      {
        id: 'coverage-splits', type: 'circle', source: 'coverageSplits', layout: covering,
        paint: { 'circle-radius': byZoom([5, 2.5], [10, 4]), 'circle-color': '#ffffff', 'circle-stroke-color': PALETTE.text, 'circle-stroke-width': 1.5 },
      },
      { id: 'twin-hit', type: 'line', source: 'twinPairs', paint: { 'line-color': PALETTE.twinPair, 'line-width': 14, 'line-opacity': 0 } },
      {
        id: 'twin-arcs', type: 'line', source: 'twinPairs', layout: { 'line-cap': 'round' },
        paint: {
          'line-color': ['case', state('selected'), PALETTE.selected, PALETTE.twinPair],
          'line-width': atZooms([5, 8, 11], (i) => ['case', state('selected'), 4, state('hover'), 3.5, [1.2, 2, 2.8][i]]),
          'line-dasharray': [2, 1],
        },
      },
      {
        id: 'twin-ends', type: 'circle', source: 'twinEnds',
        paint: { 'circle-radius': byZoom([5, 1.8], [8, 3], [11, 4.5]), 'circle-color': PALETTE.twinPair, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': byZoom([5, 0.6], [9, 1.2]) },
      },
      {
        id: 'markers-circle', type: 'circle', source: 'markers',
        paint: { 'circle-radius': byZoom([5, 2.5], [8, 3.5], [11, 5]), 'circle-color': PALETTE.marker, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': byZoom([5, 0.8], [9, 1.5]) },
      },
      {
        id: 'towns-dot', type: 'circle', source: 'basemap', filter: basemap('town'), minzoom: 5.5,
        paint: { 'circle-radius': byZoom([5, 2], [9, 3.5]), 'circle-color': '#ffffff', 'circle-stroke-color': PALETTE.town, 'circle-stroke-width': byZoom([5, 1], [9, 1.6]) },
      },
      {
        id: 'facilities-halo', type: 'circle', source: 'facilities',
        paint: {
          'circle-radius': byZoom([5, 7], [9, 11], [11, 13]),
          'circle-color': PALETTE.selected,
          'circle-opacity': ['case', state('selected'), 0.9, state('hover'), 0.45, 0],
        },
      },
      // Symbols: the lowest priority first (placed last), the facilities on top (placed first).
      {
        id: 'towns-label', type: 'symbol', source: 'basemap', filter: basemap('town'), minzoom: 5.5,
        layout: {
          'text-field': ['get', 'name'], 'text-font': [FONT_REGULAR], 'text-size': TYPE.town,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'], 'text-radial-offset': 0.6, 'text-justify': 'auto',
          'symbol-sort-key': ['coalesce', ['get', 'rank'], 3], 'text-padding': 3,
        },
        paint: { ...halo, 'text-color': PALETTE.town },
      },
      {
        id: 'communes-label', type: 'symbol', source: 'communeLabels', minzoom: 8,
        // Above the centre: a station often stands on it, its icon in the middle and its name below.
        layout: {
          'text-field': ['get', 'name'], 'text-font': [FONT_REGULAR], 'text-size': TYPE.commune,
          'text-variable-anchor': ['bottom', 'top', 'left', 'right'], 'text-radial-offset': 0.9, 'text-padding': 2,
        },
        paint: { ...halo, 'text-color': '#34332f' },
      },
      {
        id: 'markers-label', type: 'symbol', source: 'markers', minzoom: 8,
        layout: { 'text-field': ['get', 'name'], 'text-font': [FONT_REGULAR], 'text-size': TYPE.facility, 'text-variable-anchor': ['top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.8, 'text-max-width': 12, 'text-optional': true },
        paint: halo,
      },
      {
        id: 'facilities-label', type: 'symbol', source: 'facilities', minzoom: 8.5,
        layout: {
          'text-field': ['get', 'name'], 'text-font': [FONT_REGULAR], 'text-size': TYPE.facility,
          'text-variable-anchor': ['top', 'bottom', 'right', 'left'], 'text-radial-offset': 1, 'text-max-width': 10,
        },
        paint: halo,
      },
      {
        id: 'provinces-label', type: 'symbol', source: 'provinceLabels',
        // The name may sit beside the province's strip when the strip's middle is taken by symbols.
        layout: {
          'text-field': ['get', 'name'], 'text-font': [FONT_BOLD], 'text-size': TYPE.province,
          'text-variable-anchor': ['center', 'bottom', 'top', 'left', 'right', 'bottom-left', 'top-right'], 'text-radial-offset': 1.2,
          'text-padding': 4,
        },
        paint: { ...halo, 'text-color': PALETTE.provinceOutline, 'text-halo-width': 2.2 },
      },
      {
        id: 'countries-label', type: 'symbol', source: 'countryLabels',
        layout: {
          'text-field': ['get', lang === 'vi' ? 'nameVi' : 'nameEn'], 'text-font': [FONT_BOLD], 'text-size': TYPE.country,
          'text-transform': 'uppercase', 'text-letter-spacing': 0.16, 'text-max-width': 14,
          'text-variable-anchor': ['center', 'top', 'bottom'], 'text-radial-offset': 1, 'text-padding': 6,
        },
        paint: { ...halo, 'text-color': PALETTE.countryLabel, 'text-halo-width': 2 },
      },
      // Placed first: every station, post and gate is drawn; labels give way to them, never the other way.
      {
        id: 'facilities-symbol', type: 'symbol', source: 'facilities',
        layout: {
          'icon-image': ['concat', 'sym-', ['get', 'kind']],
          'icon-size': ICON_SIZE,
          'icon-allow-overlap': true,
          // Gates are drawn beside a station placed at the same commune centre, not hidden under it.
          'icon-offset': ['match', ['get', 'kind'], 'gate', ['literal', [9, -9]], ['literal', [0, 0]]],
          // Stations over posts over gates where they touch.
          'symbol-sort-key': ['match', ['get', 'kind'], 'station', 3, 'post', 2, 1],
        },
      },
    ] as LayerSpecification[],
  };
  const tiled = dataset.manifest.tiles ?? {};
  return withVisibility(Object.keys(tiled).length > 0 ? { ...style, layers: withSourceLayers(style.layers, tiled) } : style, layers);
}

/**
 * Sets each toggled layer's map layers visible or hidden. Other layers keep
 * the visibility they were built with: the coverage view's stay hidden
 * while it is off, though their sources still hold its last figures.
 */
export function withVisibility(style: StyleSpecification, shown: readonly ToggleLayer[]): StyleSpecification {
  const groups = Object.keys(MAP_LAYERS) as ToggleLayer[];
  const toggled = new Set(groups.flatMap((k) => MAP_LAYERS[k]));
  const hidden = new Set(groups.filter((k) => !shown.includes(k)).flatMap((k) => MAP_LAYERS[k]));
  return {
    ...style,
    layers: style.layers.map((l) =>
      toggled.has(l.id) ? ({ ...l, layout: { ...(l.layout ?? {}), visibility: hidden.has(l.id) ? 'none' : 'visible' } } as LayerSpecification) : l,
    ),
  };
}
