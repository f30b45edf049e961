import type { InputLayer } from './layerSpecs.ts';

const KIND_LAYER: Record<string, InputLayer> = {
  commune: 'communes', province: 'provinces', station: 'facilities', post: 'facilities', gate: 'facilities',
  marker: 'markers', tripoint: 'markers', border: 'borderLine', twin: 'twinPairs',
};

/** Features a guess looks at: a file's first ones are enough, and a large file is not read whole for it. */
export const DETECT_FEATURES = 200;

/**
 * Guesses which layer a parsed file is, from what its features say of
 * themselves (the `kind` property of our format), then from telling property
 * names, then from geometry. The user can correct the guess; null means no
 * guess at all.
 */
export function detectLayer(value: unknown): InputLayer | null {
  if (Array.isArray(value)) return value.some((r) => r && typeof r === 'object' && 'areaId' in r && 'metric' in r) ? 'activity' : null;
  if (!value || typeof value !== 'object') return null;
  const v = value as { type?: unknown; features?: unknown };
  const features = v.type === 'Feature' ? [v] : Array.isArray(v.features) ? v.features.slice(0, DETECT_FEATURES) : [];
  const votes = new Map<InputLayer, number>();
  for (const f of features) {
    const layer = guessFeature(f);
    if (layer) votes.set(layer, (votes.get(layer) ?? 0) + 1);
  }
  let best: InputLayer | null = null;
  for (const [layer, n] of votes) if (best === null || n > (votes.get(best) ?? 0)) best = layer;
  return best;
}

function guessFeature(f: unknown): InputLayer | null {
  if (!f || typeof f !== 'object') return null;
  const { properties, geometry } = f as { properties?: Record<string, unknown> | null; geometry?: { type?: unknown } | null };
  // A file may hold anything as "properties": `in` would throw on a number or a string.
  const p = properties && typeof properties === 'object' ? properties : {};
  if (typeof p.kind === 'string' && KIND_LAYER[p.kind]) return KIND_LAYER[p.kind] ?? null;
  if ('vnVillage' in p || 'partnerVillage' in p) return 'twinPairs';
  if ('iso' in p && 'nameEn' in p) return 'countries';
  const type = typeof geometry?.type === 'string' ? geometry.type : '';
  if (type === 'Polygon' || type === 'MultiPolygon') return 'communes';
  if (type === 'LineString' || type === 'MultiLineString') return 'borderLine';
  if (type === 'Point') return 'number' in p ? 'markers' : 'facilities';
  return null;
}
