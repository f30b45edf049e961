import type { Dataset } from '../data/types.ts';
import { labelPoints } from './labelPoints.ts';

const countries = new WeakMap<object, ReturnType<typeof labelPoints>>();
const provinces = new WeakMap<object, ReturnType<typeof labelPoints>>();

/**
 * Country names inside the part of each country within the dataset's
 * extent, so they show where the map opens (a country outside it is named
 * at the open middle of what the layer has of it); computed once per layer,
 * as every restyle (theme, language) asks again.
 */
export function countryLabelPoints(d: Dataset): ReturnType<typeof labelPoints> {
  let got = countries.get(d.countries);
  if (!got) {
    got = labelPoints(d.countries, d.manifest.bbox);
    countries.set(d.countries, got);
  }
  return got;
}

/** Province names at the open middle of each province. */
export function provinceLabelPoints(d: Dataset): ReturnType<typeof labelPoints> {
  let got = provinces.get(d.provinces);
  if (!got) {
    got = labelPoints(d.provinces);
    provinces.set(d.provinces, got);
  }
  return got;
}
