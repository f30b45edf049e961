import type { Manifest } from './types.ts';
import { emptyContext, type ValidationContext } from '../validate/ValidationContext.ts';

/**
 * What a dataset folder's files are checked against, as the CLI checks one:
 * the manifest's extent and source ids. Ids and Vietnam's outline come from
 * the batch itself: validateFiles pools the ids across its files and takes
 * the outline from the countries file, as checked.
 */
export function datasetContext(manifest: Manifest): ValidationContext {
  return { ...emptyContext(), extent: manifest.bbox, sourceIds: new Set(manifest.sources.map((s) => s.id)) };
}
