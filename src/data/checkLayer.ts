import { isFeatureCollection } from 'geojson-validation';
import type { FeatureCollection } from 'geojson';
import { DatasetLoadError } from './DatasetLoadError.ts';
import { isObject, typeName } from './checkManifest.ts';
import type { LayerKey } from './types.ts';
import { LAYER_GEOMETRIES } from '../validate/layerSpecs.ts';

/**
 * Structural check of one layer file: valid GeoJSON, the layer's geometry
 * types, and an id on every feature (the panels and the URL address features
 * by id). Full validation of properties belongs to the validator.
 */
export function checkLayer(json: unknown, layer: LayerKey, file: string): FeatureCollection {
  if (!isObject(json) || json.type !== 'FeatureCollection') {
    throw new DatasetLoadError(file, 'a GeoJSON FeatureCollection', isObject(json) ? `type ${typeName(json.type)}` : typeName(json));
  }
  const problems = isFeatureCollection(json, true);
  if (problems.length > 0) throw new DatasetLoadError(file, 'valid GeoJSON', problems.slice(0, 3).join('; '));
  const features = json.features as FeatureCollection['features'];
  const allowed = LAYER_GEOMETRIES[layer];
  const layerName = layer === 'countries' ? 'country' : layer;
  features.forEach((f, i) => {
    const type = f.geometry?.type ?? 'null geometry';
    if (!allowed.includes(type)) throw new DatasetLoadError(file, `${allowed.join(' or ')} for ${layerName}`, type, i);
    if (layer !== 'countries' && typeof f.properties?.id !== 'string') {
      throw new DatasetLoadError(file, 'property "id" as a string', typeName(f.properties?.id), i);
    }
  });
  return json as unknown as FeatureCollection;
}
