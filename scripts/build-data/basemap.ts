import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bbox as bboxOf, bboxClip } from '@turf/turf';
import { coarsen, type Box } from './coarsen.ts';
import { dropSmallHoles } from './dropSmallHoles.ts';
import { sharedSegments } from '../../src/geo/sharedSegments.ts';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { BasemapFeature, CountryFeature } from '../../src/data/types.ts';

/** Holes below this size, km², are filled: see dropSmallHoles. */
export const HOLE_KM2 = 50;
/** Grid the outlines snap to outside the detailed region, degrees: about 1 km, a pixel or two at the zooms that show it. */
export const COARSE_STEP = 0.01;

type Land = Feature<Polygon | MultiPolygon, { A3: string }>;

/** Every country whose land can come into view; a country in view and not named here stops the build. */
const NAMES: Record<string, { iso: string; nameVi: string; nameEn: string }> = {
  VNM: { iso: 'VN', nameVi: 'Việt Nam', nameEn: 'Vietnam' },
  CHN: { iso: 'CN', nameVi: 'Trung Quốc', nameEn: 'China' },
  LAO: { iso: 'LA', nameVi: 'Lào', nameEn: 'Laos' },
  THA: { iso: 'TH', nameVi: 'Thái Lan', nameEn: 'Thailand' },
  MMR: { iso: 'MM', nameVi: 'Myanmar', nameEn: 'Myanmar' },
  KHM: { iso: 'KH', nameVi: 'Campuchia', nameEn: 'Cambodia' },
  IND: { iso: 'IN', nameVi: 'Ấn Độ', nameEn: 'India' },
};

/** Land outlines from OpenStreetMap (via @geo-maps/countries-land-100m, ODbL). */
export function loadLand(): Map<string, Land> {
  const file = createRequire(import.meta.url).resolve('@geo-maps/countries-land-100m/map.geo.json');
  const all = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { A3: string }>;
  return new Map(all.features.map((f) => [f.properties.A3, f]));
}

/** Each named country's land inside `box`, in A3 order, holes under HOLE_KM2 filled. */
function clippedCountries(land: Map<string, Land>, box: Box): { a3: string; polys: Position[][][] }[] {
  const out: { a3: string; polys: Position[][][] }[] = [];
  for (const [a3, f] of [...land].sort(([a], [b]) => a.localeCompare(b))) {
    const [w, s, e, n] = bboxOf(f);
    if (e < box[0] || w > box[2] || n < box[1] || s > box[3]) continue;
    const polys = dropSmallHoles(bboxClip(f, [...box]) as Feature<Polygon | MultiPolygon>, HOLE_KM2).geometry.coordinates;
    if (polys.length === 0) continue;
    if (!NAMES[a3]) throw new Error(`@geo-maps/countries-land-100m: country ${a3} has land inside [${box.join(', ')}] but no name in scripts/build-data/basemap.ts NAMES`);
    out.push({ a3, polys });
  }
  return out;
}

/** The dataset's countries layer: every country that reaches into the region, exact and cut to the region. */
export function basemapCountries(land: Map<string, Land>, region: Box): CountryFeature[] {
  return clippedCountries(land, region).map(({ a3, polys }) => ({
    type: 'Feature', properties: { ...NAMES[a3]! }, geometry: { type: 'MultiPolygon', coordinates: polys },
  }));
}

/**
 * The same countries from the region's edge out to `extent` (all the map can
 * show), snapped to a ~1 km grid: land as fills (none inside the region,
 * where the exact layer draws), and their shared borders as lines.
 */
export function coarseCountries(land: Map<string, Land>, region: Box, extent: Box): BasemapFeature[] {
  const countries = clippedCountries(land, extent).map(({ a3, polys }) => ({ a3, polys: coarsen(polys, region, COARSE_STEP) }));
  const [ew, es, ee, en] = extent;
  const [rw, rs, re, rn] = region;
  // The ring around the region, as four boxes: clipping to a box is robust on any ring; a polygon difference is not.
  const around: Box[] = [[ew, es, rw, en], [re, es, ee, en], [rw, es, re, rs], [rw, rn, re, en]];
  const fills: BasemapFeature[] = countries.map(({ a3, polys }) => {
    const f: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polys } };
    const parts = around.flatMap((b) => {
      const g = bboxClip(f, [...b]).geometry as Polygon | MultiPolygon;
      const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
      return polys.map((p) => p.filter((r) => r.length >= 4)).filter((p) => p.length > 0);
    });
    return { type: 'Feature', properties: { layer: 'land', iso: NAMES[a3]!.iso }, geometry: { type: 'MultiPolygon', coordinates: parts } };
  });
  const inRegion = ([x, y]: Position) => x! >= rw && x! <= re && y! >= rs && y! <= rn;
  const lines = sharedSegments(countries.map((c) => c.polys)).filter(([a, b]) => !(inRegion(a!) && inRegion(b!)));
  return [
    ...fills.filter((f) => (f.geometry as MultiPolygon).coordinates.length > 0),
    { type: 'Feature', properties: { layer: 'boundary' }, geometry: { type: 'MultiLineString', coordinates: joinSegments(lines) } },
  ];
}

/** Consecutive segments joined into lines, so a border is one line of many points, not many lines of two. */
function joinSegments(segments: Position[][]): Position[][] {
  const lines: Position[][] = [];
  for (const [a, b] of segments) {
    const last = lines.at(-1);
    const end = last?.at(-1);
    if (last && end && end[0] === a![0] && end[1] === a![1]) last.push(b!);
    else lines.push([a!, b!]);
  }
  return lines;
}
