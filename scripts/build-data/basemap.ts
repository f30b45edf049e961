import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bbox as bboxOf, bboxClip } from '@turf/turf';
import { dropSmallHoles } from './dropSmallHoles.ts';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { CountryFeature } from '../../src/data/types.ts';

/** Holes below this size, km², are filled: see dropSmallHoles. */
export const HOLE_KM2 = 50;

type Land = Feature<Polygon | MultiPolygon, { A3: string }>;

const NAMES: Record<string, { iso: string; nameVi: string; nameEn: string }> = {
  VNM: { iso: 'VN', nameVi: 'Việt Nam', nameEn: 'Vietnam' },
  CHN: { iso: 'CN', nameVi: 'Trung Quốc', nameEn: 'China' },
  LAO: { iso: 'LA', nameVi: 'Lào', nameEn: 'Laos' },
  THA: { iso: 'TH', nameVi: 'Thái Lan', nameEn: 'Thailand' },
  MMR: { iso: 'MM', nameVi: 'Myanmar', nameEn: 'Myanmar' },
  KHM: { iso: 'KH', nameVi: 'Campuchia', nameEn: 'Cambodia' },
};

/** Land outlines from OpenStreetMap (via @geo-maps/countries-land-100m, ODbL). */
export function loadLand(): Map<string, Land> {
  const file = createRequire(import.meta.url).resolve('@geo-maps/countries-land-100m/map.geo.json');
  const all = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { A3: string }>;
  return new Map(all.features.filter((f) => f.properties.A3 in NAMES).map((f) => [f.properties.A3, f]));
}

/** The basemap: every country that reaches into the region, cut to the region so the browser draws little. */
export function basemapCountries(land: Map<string, Land>, region: [number, number, number, number]): CountryFeature[] {
  const out: CountryFeature[] = [];
  for (const [a3, f] of [...land].sort(([a], [b]) => a.localeCompare(b))) {
    const [w, s, e, n] = bboxOf(f);
    if (e < region[0] || w > region[2] || n < region[1] || s > region[3]) continue;
    const clipped = bboxClip(f, region);
    const kept = dropSmallHoles(clipped as Feature<Polygon | MultiPolygon>, HOLE_KM2).geometry.coordinates;
    if (kept.length === 0) continue;
    const names = NAMES[a3] as (typeof NAMES)[string];
    out.push({ type: 'Feature', properties: { ...names }, geometry: { type: 'MultiPolygon', coordinates: kept } });
  }
  return out;
}
