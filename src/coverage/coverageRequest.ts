import { isBorderCommune } from '../data/isBorderCommune.ts';
import type { Dataset } from '../data/types.ts';
import { RADIUS_MAX } from '../state/schema.ts';
import type { CoverageRequest } from './prepareForApp.ts';
import { countsForCoverage, stationsFrom } from './Station.ts';

/**
 * The parts of a dataset coverage measures, in a form a worker can receive:
 * the border, the stations that count, the border communes, the twin pairs.
 * Tiled communes carry only their bounding box here: the worker fetches
 * their outlines from `outlines`, resolved against `baseUrl` (the page's
 * address, as a worker resolves against its script).
 */
export function coverageRequest(d: Dataset, baseUrl: string): CoverageRequest {
  return {
    border: d.borderLine.features,
    stations: stationsFrom(d.facilities.features.filter((f) => countsForCoverage(f.properties))),
    communes: d.communes.features.filter((c) => isBorderCommune(c.properties)),
    twinPairs: d.twinPairs.features.map((t) => ({ properties: t.properties })),
    cutoffKm: RADIUS_MAX,
    ...(d.manifest.tiles?.communes?.outlines ? { outlines: new URL(d.manifest.tiles.communes.outlines, baseUrl).href } : {}),
  };
}
