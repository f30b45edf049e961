import { Delaunay } from 'd3-delaunay';
import { circle, featureCollection, intersect, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export interface Site {
  id: string;
  /** [lon, lat] */
  centre: Position;
  /** How far the area may reach from its centre, km. */
  reachKm: number;
}

/**
 * Schematic areas grown from centre points: each site's Voronoi cell, clipped
 * to the land it belongs to and to a disc of its reach, so cells at the edge
 * of the data do not sprawl across places we know nothing about. Returns one
 * area per site in `grow` (all sites still bound their neighbours' cells).
 */
export function growAreas(
  sites: readonly Site[],
  grow: ReadonlySet<string>,
  clip: Feature<Polygon | MultiPolygon>,
): Map<string, Feature<Polygon | MultiPolygon, { id: string }>> {
  const xs = sites.map((s) => s.centre[0] as number);
  const ys = sites.map((s) => s.centre[1] as number);
  const pad = 1;
  const bounds: [number, number, number, number] = [
    Math.min(...xs) - pad, Math.min(...ys) - pad, Math.max(...xs) + pad, Math.max(...ys) + pad,
  ];
  // Voronoi in lon/lat degrees: at these latitudes (18–23° N) a degree of
  // longitude is 0.92–0.95 of a degree of latitude, a distortion that does
  // not matter for schematic areas.
  const voronoi = Delaunay.from(sites, (s) => s.centre[0] as number, (s) => s.centre[1] as number).voronoi(bounds);
  const out = new Map<string, Feature<Polygon | MultiPolygon, { id: string }>>();
  sites.forEach((site, i) => {
    if (!grow.has(site.id)) return;
    const cell = voronoi.cellPolygon(i);
    if (!cell) return;
    const disc = circle(site.centre, site.reachKm, { steps: 64, units: 'kilometers' });
    const inCell = intersect(featureCollection([polygon([cell as Position[]]), disc]));
    const area = inCell && intersect(featureCollection([inCell, clip]));
    if (area) out.set(site.id, { ...area, properties: { id: site.id } });
  });
  return out;
}
