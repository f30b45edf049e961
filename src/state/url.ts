import { isPeriod, isPosition, isToken, isZoom } from './limits.ts';
import { DEFAULT_STATE, RADIUS_MAX, RADIUS_MIN, TOGGLE_LAYERS, type AppState, type Lang, type ToggleLayer } from './schema.ts';

const LANGS: readonly Lang[] = ['vi', 'en'];
/** A dataset path stays inside the site: no scheme, no "..", no leading slash. */
export const SAFE_DATASET = /^(?!.*\.\.)[A-Za-z0-9_\-/.]+$/;

/** A key or value a link carried that the map could not use, and what it used instead (a URL value; null for nothing). */
export interface Ignored {
  key: string;
  value: string;
  used: string | null;
}

/** The keys a link may carry (the hash's `map` aside): anything else is named as ignored. */
export const KNOWN_KEYS: readonly string[] = ['dataset', 'lang', 'select', 'stat', 'period', 'layers', 'view', 'units', 'radius', 'present', 'slide', 'presenter', 'embed', 'panel', 'controls'];

/**
 * Reads the state from a query string and hash (#map=zoom/lat/lon, as
 * OpenStreetMap writes it); unknown or malformed values fall back to defaults.
 */
export function parseState(search: string, hash = ''): AppState {
  return parseUrl(search, hash).state;
}

/**
 * The state a link asks for, and what of it was ignored: unknown keys, and
 * values out of range, which fall back to their defaults. Unknown layer
 * names are dropped; a list of nothing but unknown names keeps the default
 * layers rather than blank the map (`layers=` with no names hides them all,
 * as asked).
 */
export function parseUrl(search: string, hash = ''): { state: AppState; ignored: Ignored[] } {
  const q = new URLSearchParams(search);
  const ignored: Ignored[] = [];
  /** The value if `ok` says it is usable, else the fallback, noting the value as ignored. */
  function take<T>(key: string, ok: (v: string) => boolean, read: (v: string) => T, fallback: T, used: string | null): T {
    const v = q.get(key);
    if (v === null) return fallback;
    if (ok(v)) return read(v);
    ignored.push({ key, value: v, used });
    return fallback;
  }
  for (const [key, value] of q) if (!KNOWN_KEYS.includes(key)) ignored.push({ key, value, used: null });
  const id = (v: string) => v;
  const flag = (v: string) => v === '1' || v === '0';
  const d = DEFAULT_STATE;
  const embed = take('embed', flag, (v) => v === '1', false, null);
  const present = take('present', isToken, id, null, null);
  const layersText = q.get('layers');
  const named = layersText === null || layersText === '' ? [] : layersText.split(',');
  const known = TOGGLE_LAYERS.filter((l) => named.includes(l));
  const layers = layersText === null || (known.length === 0 && named.length > 0) ? [...d.layers] : known;
  const unknownLayers = named.filter((n) => !isToggleLayer(n));
  if (unknownLayers.length > 0) ignored.push({ key: 'layers', value: unknownLayers.join(','), used: layers.join(',') });
  const mapText = new URLSearchParams(hash.replace(/^#/, '')).get('map');
  const camera = parseCamera(mapText);
  if (mapText !== null && camera === null) ignored.push({ key: 'map', value: mapText, used: null });
  const state: AppState = {
    dataset: take('dataset', (v) => SAFE_DATASET.test(v) && !v.startsWith('/'), id, d.dataset, d.dataset),
    lang: take('lang', (v) => LANGS.includes(v as Lang), (v) => v as Lang, d.lang, d.lang),
    select: take('select', isToken, id, null, null),
    stat: take('stat', isToken, id, d.stat, d.stat),
    // ISO 8601's own "/" is read too: it is what a person writing a link by hand would type.
    period: take('period', (v) => isPeriod(v.replace('/', '--')), (v) => v.replace('/', '--'), null, null),
    layers,
    coverage: take('view', (v) => v === 'coverage', () => true, false, null),
    units: take('units', (v) => v === '2025', () => 'post2025' as const, d.units, null),
    present,
    slide: take('slide', (v) => Number.isInteger(Number(v)) && Number(v) >= 1, Number, d.slide, String(d.slide)),
    presenter: take('presenter', (v) => v === '1' && present !== null, () => true, false, null),
    camera,
    embed,
    panel: take('panel', (v) => flag(v) && embed, (v) => v === '1', false, null),
    controls: take('controls', (v) => flag(v) && embed, (v) => v !== '0', true, null),
    radius: take('radius', (v) => v !== '' && Number.isInteger(Number(v)) && Number(v) >= RADIUS_MIN && Number(v) <= RADIUS_MAX, Number, d.radius, String(d.radius)),
  };
  return { state, ignored };
}

/** Writes the state as a query string, leaving out keys at their default so URLs stay short. */
export function formatState(state: AppState): string {
  const q = new URLSearchParams();
  if (state.dataset !== DEFAULT_STATE.dataset) q.set('dataset', state.dataset);
  if (state.lang !== DEFAULT_STATE.lang) q.set('lang', state.lang);
  if (state.select !== null) q.set('select', state.select);
  if (state.stat !== DEFAULT_STATE.stat) q.set('stat', state.stat);
  if (state.period !== null) q.set('period', state.period);
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
