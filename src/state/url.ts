import { isPosition, isToken, isZoom } from './limits.ts';
import { DEFAULT_STATE, RADIUS_MAX, RADIUS_MIN, TOGGLE_LAYERS, type AppState, type Lang, type ToggleLayer } from './schema.ts';

const LANGS: readonly Lang[] = ['vi', 'en'];
/** A dataset path stays inside the site: no scheme, no "..", no leading slash. */
export const SAFE_DATASET = /^(?!.*\.\.)[A-Za-z0-9_\-/.]+$/;

/**
 * Reads the state from a query string and hash (#map=zoom/lat/lon, as
 * OpenStreetMap writes it); unknown or malformed values fall back to defaults.
 */
export function parseState(search: string, hash = ''): AppState {
  const q = new URLSearchParams(search);
  const lang = q.get('lang');
  const dataset = q.get('dataset');
  const select = q.get('select');
  const stat = q.get('stat');
  const layers = q.get('layers');
  const radius = Number(q.get('radius'));
  const present = q.get('present');
  const slide = Number(q.get('slide'));
  return {
    dataset: dataset && SAFE_DATASET.test(dataset) && !dataset.startsWith('/') ? dataset : DEFAULT_STATE.dataset,
    lang: LANGS.includes(lang as Lang) ? (lang as Lang) : DEFAULT_STATE.lang,
    select: isToken(select) ? select : null,
    stat: isToken(stat) ? stat : DEFAULT_STATE.stat,
    layers:
      layers === null
        ? [...DEFAULT_STATE.layers]
        : TOGGLE_LAYERS.filter((l) => layers.split(',').includes(l)),
    coverage: q.get('view') === 'coverage',
    units: q.get('units') === '2025' ? 'post2025' : DEFAULT_STATE.units,
    present: isToken(present) ? present : null,
    slide: Number.isInteger(slide) && slide >= 1 ? slide : DEFAULT_STATE.slide,
    presenter: present !== null && q.get('presenter') === '1',
    camera: parseCamera(new URLSearchParams(hash.replace(/^#/, '')).get('map')),
    embed: q.get('embed') === '1',
    panel: q.get('embed') === '1' && q.get('panel') === '1',
    controls: q.get('embed') !== '1' || q.get('controls') !== '0',
    radius: q.has('radius') && Number.isInteger(radius) && radius >= RADIUS_MIN && radius <= RADIUS_MAX ? radius : DEFAULT_STATE.radius,
  };
}

/** Writes the state as a query string, leaving out keys at their default so URLs stay short. */
export function formatState(state: AppState): string {
  const q = new URLSearchParams();
  if (state.dataset !== DEFAULT_STATE.dataset) q.set('dataset', state.dataset);
  if (state.lang !== DEFAULT_STATE.lang) q.set('lang', state.lang);
  if (state.select !== null) q.set('select', state.select);
  if (state.stat !== DEFAULT_STATE.stat) q.set('stat', state.stat);
  const layers = TOGGLE_LAYERS.filter((l) => state.layers.includes(l));
  if (layers.join(',') !== DEFAULT_STATE.layers.join(',')) q.set('layers', layers.join(','));
  if (state.coverage) q.set('view', 'coverage');
  if (state.radius !== DEFAULT_STATE.radius) q.set('radius', String(state.radius));
  if (state.units === 'post2025') q.set('units', '2025');
  if (state.present !== null) {
    q.set('present', state.present);
    q.set('slide', String(state.slide));
    if (state.presenter) q.set('presenter', '1');
  }
  if (state.embed) {
    q.set('embed', '1');
    if (state.panel) q.set('panel', '1');
    if (!state.controls) q.set('controls', '0');
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The camera as the hash carries it: #map=zoom/lat/lon, or nothing. */
export function formatHash(state: AppState): string {
  const c = state.camera;
  return c ? `#map=${round(c.zoom, 2)}/${round(c.lat, 5)}/${round(c.lon, 5)}` : '';
}

/** Query and hash: the whole state as a URL's tail. */
export function formatUrl(state: AppState): string {
  return `${formatState(state)}${formatHash(state)}`;
}

function parseCamera(text: string | null): AppState['camera'] {
  const parts = text?.split('/').map(Number);
  if (!parts || parts.length !== 3 || !parts.every(Number.isFinite)) return null;
  const [zoom, lat, lon] = parts as [number, number, number];
  return isZoom(zoom) && isPosition(lon, lat) ? { zoom, lat, lon } : null;
}

function round(v: number, digits: number): number {
  return Number(v.toFixed(digits));
}

export function isToggleLayer(s: string): s is ToggleLayer {
  return (TOGGLE_LAYERS as readonly string[]).includes(s);
}
