import type { Dataset } from '../data/types.ts';
import { memoByObject } from '../data/memoByObject.ts';
import { labelPoints } from './labelPoints.ts';

// Once per layer, as every restyle (theme, language) asks again.
const countryPoints = memoByObject((countries: Dataset['countries'], bbox: Dataset['manifest']['bbox']) => labelPoints(countries, bbox));
const provincePoints = memoByObject((provinces: Dataset['provinces']) => labelPoints(provinces));

/**
 * Country names inside the part of each country within the dataset's
 * extent, so they show where the map opens (a country outside it is named
 * at the open middle of what the layer has of it).
 */
export function countryLabelPoints(d: Dataset): ReturnType<typeof labelPoints> {
  return countryPoints(d.countries, d.manifest.bbox);
}

/** Province names at the open middle of each province. */
export function provinceLabelPoints(d: Dataset): ReturnType<typeof labelPoints> {
  return provincePoints(d.provinces);
}
