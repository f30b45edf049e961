import type { Manifest } from '../data/types.ts';

/** What MapLibre's feature state names a feature by: a vector source also needs the layer inside its tiles. */
export interface FeatureTarget {
  source: string;
  sourceLayer?: string;
  id: string;
}

/** The feature-state target of an id in one of the map's sources, for a dataset whose heavy layers may come as tiles. */
export function featureTarget(manifest: Pick<Manifest, 'tiles'>, source: string, id: string): FeatureTarget {
  const tiled = manifest.tiles?.[source as keyof NonNullable<Manifest['tiles']>];
  return tiled ? { source, sourceLayer: tiled.sourceLayer, id } : { source, id };
}
