// The fair baseline: MapLibre alone drawing the same dataset's GeoJSON files
// (the folder in ?dataset=, as the app takes it) with a plain style: fills,
// lines, circles and labels in the app's fonts. No checks, no panels, no
// statistics: what any page showing these files pays. A layer the manifest
// ships as a folder of vector tiles is drawn from those tiles, as the app draws it.
import * as maplibregl from 'maplibre-gl';
import type { LayerSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { FONT_BOLD, FONT_REGULAR, fontFaces, servedFont } from '../../../src/map/fontFaces.ts';
import { tiledSource, withSourceLayers } from '../../../src/map/tiledSource.ts';
import type { TiledLayer } from '../../../src/data/types.ts';
import { whenIdle } from '../../../src/map/whenIdle.ts';

maplibregl.setWorkerUrl(workerUrl);
const folder = new URL(`${new URLSearchParams(location.search).get('dataset') ?? '../data/demo'}/`, location.href);
const manifest = (await (await fetch(new URL('manifest.json', folder))).json()) as { bbox: [number, number, number, number]; layers: Record<string, string>; basemap?: string; tiles?: Record<string, TiledLayer> };
performance.mark('ba:manifest');
const file = (layer: string) => new URL(manifest.layers[layer]!, folder).href;
const tiled = manifest.tiles ?? {};
for (const [layer, t] of Object.entries(tiled)) if (t.format !== 'pbf') throw new Error(`${layer}: the bare page draws tiles from a folder ("pbf"), not "${t.format}"`);
// The app's own vector source for a tiled layer: the same tiles, zooms and bounds.
const source = (layer: string) => (tiled[layer] ? tiledSource(tiled[layer], folder.href) : { type: 'geojson' as const, data: file(layer) });
// The dataset's own basemap (land, water, borders and towns beyond its countries), when its manifest names one: the app draws it too.
const EMPTY = { type: 'FeatureCollection' as const, features: [] };
const basemap = { type: 'geojson' as const, data: manifest.basemap ? new URL(manifest.basemap, folder).href : EMPTY };
const part = (layer: string) => ['==', ['get', 'layer'], layer];
const text = (field: unknown, font: string, size: number) => ({ 'text-field': field, 'text-font': [font], 'text-size': size }) as LayerSpecification['layout'];
const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-color': '#333333' };
const layers = [
  { id: 'sea', type: 'background', paint: { 'background-color': '#cfe3ef' } },
  { id: 'world-land', type: 'fill', source: 'basemap', filter: part('land'), paint: { 'fill-color': '#e4e0d4' } },
  { id: 'countries-fill', type: 'fill', source: 'countries', paint: { 'fill-color': ['match', ['get', 'iso'], 'VN', '#f4f1e8', '#e4e0d4'] } },
  { id: 'water-fill', type: 'fill', source: 'basemap', filter: part('water'), paint: { 'fill-color': '#a9cbe0' } },
  { id: 'world-borders', type: 'line', source: 'basemap', filter: part('boundary'), paint: { 'line-color': '#9a9486', 'line-width': 0.6 } },
  { id: 'countries-outline', type: 'line', source: 'countries', paint: { 'line-color': '#9a9486', 'line-width': 0.6 } },
  { id: 'provinces-fill', type: 'fill', source: 'provinces', paint: { 'fill-color': '#7a4e8c', 'fill-opacity': 0.06 } },
  { id: 'communes-fill', type: 'fill', source: 'communes', paint: { 'fill-color': '#e9d8a6', 'fill-opacity': 0.85 } },
  { id: 'communes-outline', type: 'line', source: 'communes', paint: { 'line-color': '#8a7f6a', 'line-width': 0.8 } },
  { id: 'provinces-outline', type: 'line', source: 'provinces', paint: { 'line-color': '#7a4e8c', 'line-width': 2 } },
  { id: 'border-line', type: 'line', source: 'borderLine', paint: { 'line-color': '#c0392b', 'line-width': 3 } },
  { id: 'twin-pairs', type: 'line', source: 'twinPairs', paint: { 'line-color': '#2e86ab', 'line-width': 2.5 } },
  { id: 'markers', type: 'circle', source: 'markers', paint: { 'circle-radius': 4.5, 'circle-color': '#333333' } },
  { id: 'facilities', type: 'circle', source: 'facilities', paint: { 'circle-radius': 6, 'circle-color': '#1f5f8b' } },
  { id: 'towns-dot', type: 'circle', source: 'basemap', filter: part('town'), minzoom: 5.5, paint: { 'circle-radius': 2.5, 'circle-color': '#555555' } },
  { id: 'towns-label', type: 'symbol', source: 'basemap', filter: part('town'), minzoom: 5.5, layout: text(['get', 'name'], FONT_REGULAR, 11), paint: halo },
  { id: 'communes-label', type: 'symbol', source: 'communes', minzoom: 8, layout: text(['get', 'name'], FONT_REGULAR, 11), paint: halo },
  { id: 'provinces-label', type: 'symbol', source: 'provinces', layout: text(['get', 'name'], FONT_BOLD, 15), paint: halo },
  { id: 'countries-label', type: 'symbol', source: 'countries', layout: text(['get', 'nameVi'], FONT_BOLD, 16), paint: halo },
] as LayerSpecification[];
performance.mark('ba:style');
const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    'font-faces': fontFaces(servedFont(location.href)),
    sources: { ...Object.fromEntries(['countries', 'provinces', 'communes', 'facilities', 'markers', 'borderLine', 'twinPairs'].map((l) => [l, source(l)])), basemap },
    layers: withSourceLayers(layers, tiled),
  },
  bounds: manifest.bbox,
  fadeDuration: 0,
  attributionControl: false,
});
// The bench changes its paint and labels after ready, as the app's switches do, to time the same frames.
(window as unknown as { bareMap: maplibregl.Map }).bareMap = map;
// The bench waits for this page's idle as it waits for the app's: the same code, so neither draws a frame for the waiting.
(window as unknown as { bareIdle: () => Promise<void> }).bareIdle = () => whenIdle(map, (f) => requestAnimationFrame(f));
map.once('render', () => performance.mark('ba:first-render'));
map.once('idle', () => {
  performance.mark('ba:idle');
  document.getElementById('app')?.setAttribute('data-map-ready', '');
});
