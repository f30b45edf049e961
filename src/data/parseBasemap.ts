import { DatasetLoadError } from './DatasetLoadError.ts';
import { isObject } from './checkManifest.ts';
import type { Basemap, BasemapCollection } from './types.ts';
import { describeValue } from '../validate/describeValue.ts';
import { fileProblem } from '../validate/fileProblem.ts';
import { phrase } from '../validate/Phrase.ts';

const LAYERS = new Set(['land', 'boundary', 'water', 'town']);

/**
 * The basemap file as the map draws it. It only decorates (land far off,
 * borders, water, towns), so a feature of a kind the map does not draw is left out
 * (and then the kept features go to the map; else the map reads the file itself);
 * a file that is no FeatureCollection stops the load, saying so.
 */
export function parseBasemap(json: unknown, file: string): Basemap {
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new DatasetLoadError(fileProblem(file, 'bad-value', 'error', phrase('expected.featureCollection'), describeValue(json)));
  }
  const features = json.features.filter((f) => isObject(f) && isObject(f.properties) && LAYERS.has(f.properties.layer as string) && isObject(f.geometry));
  const kinds = new Set(features.map((f) => (f as { properties: { layer: string } }).properties.layer));
  const keys = { url: file, towns: kinds.has('town'), water: kinds.has('water') };
  return features.length === json.features.length ? keys : { ...keys, data: { type: 'FeatureCollection', features } as BasemapCollection };
}
