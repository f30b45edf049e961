import type { Feature, Geometry } from 'geojson';
import { memoByObject } from '../data/memoByObject.ts';

interface Layer {
  features: readonly Feature<Geometry | null, unknown>[];
}

/**
 * A layer as the map's worker is sent it: each feature with its own geometry
 * (the same arrays, not copied) and only the properties named, those the
 * style and the picker read. MapLibre copies a source's data to its worker,
 * every property of every feature, and cuts them into every tile; at
 * national size a commune's other properties (names, sources, province,
 * successor, centre) were more than half of it as JSON; without them national
 * cold loads were ready about 2% sooner, every one of 5 paired loads faster.
 * The panels read the dataset's own features.
 * Made once per layer object, so an unchanged layer stays the same source.
 */
export function drawnLayer(keys: readonly string[]): (layer: Layer) => { type: 'FeatureCollection'; features: Feature<Geometry | null, Record<string, unknown>>[] } {
  return memoByObject((layer: Layer) => ({
    type: 'FeatureCollection' as const,
    features: layer.features.map((f) => {
      const from = (f.properties ?? {}) as Record<string, unknown>;
      const properties: Record<string, unknown> = {};
      for (const key of keys) if (key in from) properties[key] = from[key];
      return { type: 'Feature' as const, properties, geometry: f.geometry };
    }),
  }));
}
