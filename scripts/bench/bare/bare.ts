// The baseline the app is measured against: MapLibre with a one-layer style,
// built and served the same way, signalling its first idle the same way.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);
const map = new maplibregl.Map({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#cfe3ef' } }] },
  center: [104, 21],
  zoom: 6,
});
map.once('idle', () => document.getElementById('app')?.setAttribute('data-map-ready', ''));
