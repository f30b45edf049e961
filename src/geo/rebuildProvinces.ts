import { featureCollection, union } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { CommuneFeature, GeometryQuality, ProvinceFeature } from '../data/types.ts';
import { dissolveTiling } from './dissolveTiling.ts';

/**
 * Provinces drawn as the union of their communes' schematic areas, redrawn
 * as the union of the communes as they now are once opened files replaced
 * any of them: the schematic edge would otherwise cut across the real
 * outlines and leave tinted slivers. A province the files did not touch, or
 * whose outline the dataset gives as more than a union, stays as it is.
 */
export function rebuildProvinces(provinces: readonly ProvinceFeature[], communes: readonly CommuneFeature[], openedIds: ReadonlySet<string>): ProvinceFeature[] {
  if (openedIds.size === 0) return [...provinces];
  const byProvince = new Map<string, CommuneFeature[]>();
  for (const c of communes) {
    const list = byProvince.get(c.properties.provinceId);
    if (list) list.push(c);
    else byProvince.set(c.properties.provinceId, [c]);
  }
  return provinces.map((p) => {
    if (p.properties.geometryMethod !== 'province-union') return p;
    const members = byProvince.get(p.properties.id) ?? [];
    if (!members.some((c) => openedIds.has(c.properties.id))) return p;
    const geometry = unionOf(members);
    if (!geometry) return p;
    return { ...p, geometry, properties: { ...p.properties, geometryMethod: 'opened-union', geometryQuality: weakest(members.map((m) => m.properties.geometryQuality)) } };
  });
}

function unionOf(members: readonly CommuneFeature[]): Polygon | MultiPolygon | null {
  if (members.length === 1) return members[0]!.geometry;
  const tiled = dissolveTiling(members.map((m) => m.geometry));
  if (tiled) return tiled;
  // Outlines that overlap (opened ones beside schematic ones) need the general union.
  try {
    return union(featureCollection(members.map((m) => ({ type: 'Feature' as const, properties: {}, geometry: m.geometry }))))?.geometry ?? null;
  } catch {
    // Outlines the clipping library cannot join (degenerate rings it rejects): the province keeps its schematic outline.
    return null;
  }
}

const ORDER: readonly GeometryQuality[] = ['schematic', 'approximate', 'official'];

/** A union is only as good as its weakest part. */
function weakest(qualities: readonly GeometryQuality[]): GeometryQuality {
  return ORDER[Math.min(...qualities.map((q) => Math.max(0, ORDER.indexOf(q))))]!;
}
