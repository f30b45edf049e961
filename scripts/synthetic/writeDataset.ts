import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature } from 'geojson';
import type { LayerKey } from '../../src/data/types.ts';
import type { SyntheticDataset } from './syntheticDataset.ts';

/** A dataset folder: the manifest, one feature (or record) per line in each file, as the demo's are written. */
export function writeDataset(folder: string, d: SyntheticDataset): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'manifest.json'), `${JSON.stringify(d.manifest, null, 1)}\n`);
  for (const [layer, features] of Object.entries(d.layers) as [LayerKey, Feature[]][]) {
    const lines = features.map((f) => JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }));
    writeFileSync(join(folder, d.manifest.layers[layer]), `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`);
  }
  writeFileSync(join(folder, d.manifest.activity), `[\n${d.activity.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
}
