import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Manifest } from './types.ts';
import { decodeBytes } from '../validate/decodeBytes.ts';
import { parseJsonText } from '../validate/parseJsonText.ts';
import { emptyContext, type ValidationContext } from '../validate/ValidationContext.ts';
import type { FileInput } from '../validate/validateFile.ts';

/**
 * What a dataset folder's files are checked against, as the CLI checks one:
 * the manifest's extent and source ids, and Vietnam's outline from the
 * countries file so twin pairs are checked for sides. Ids come from the
 * batch itself: validateFiles pools them across its files.
 */
export function datasetContext(manifest: Manifest, inputs: readonly FileInput[]): ValidationContext {
  const countries = inputs.find((i) => i.layer === 'countries');
  return {
    ...emptyContext(),
    extent: manifest.bbox,
    sourceIds: new Set(manifest.sources.map((s) => s.id)),
    home: countries ? homeOf(countries) : null,
  };
}

function homeOf(input: FileInput): Feature<Polygon | MultiPolygon> | null {
  // Problems are the countries file's own report's to say; here it only yields Vietnam or nothing.
  const decoded = decodeBytes(input.name, input.bytes);
  const parsed = decoded.text === null ? null : parseJsonText(input.name, decoded.text);
  const features = (parsed?.value as { features?: unknown } | undefined)?.features;
  if (!Array.isArray(features)) return null;
  const vn = features.find((f: Feature | null) => f?.properties?.iso === 'VN') as Feature | undefined;
  const g = vn?.geometry;
  // A broken outline would stop every twin pair's check: then the sides go unchecked instead.
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon') || !Array.isArray(g.coordinates) || g.coordinates.length === 0) return null;
  return vn as Feature<Polygon | MultiPolygon>;
}
