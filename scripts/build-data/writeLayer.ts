import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Feature } from 'geojson';
import { roundCoords } from './roundCoords.ts';

/** One feature per line: small files whose diffs show which feature changed. */
export function writeLayer(file: string, features: Feature[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const lines = features.map((f) => JSON.stringify({ type: 'Feature', properties: f.properties, geometry: roundCoords(f.geometry) }));
  writeFileSync(file, `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`);
}

export function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 1)}\n`);
}
