import type { CommuneFeature } from '../data/types.ts';
import type { CoverageRequest } from './prepareForApp.ts';

/**
 * The request with each border commune's outline from the layer's GeoJSON
 * file, in place of the bounding box its attribute table gives: distances
 * and the border's pieces are then measured exactly as for a dataset without
 * tiles. A commune the file does not have (or not as a polygon) is an error,
 * not a rectangle measured as if it were an outline.
 */
export function withOutlines(req: CoverageRequest, file: unknown): CoverageRequest {
  const features = (file as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) throw new Error(`${req.outlines}: expected a GeoJSON FeatureCollection of communes, found ${file === null ? 'null' : typeof file}`);
  const outline = new Map<string, CommuneFeature['geometry']>();
  for (const f of features as { properties?: { id?: unknown }; geometry?: { type?: unknown } }[]) {
    const id = f?.properties?.id;
    if (typeof id === 'string' && (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon')) outline.set(id, f.geometry as CommuneFeature['geometry']);
  }
  const communes = req.communes.map((c) => {
    const geometry = outline.get(c.properties.id);
    if (!geometry) throw new Error(`${req.outlines}: expected an outline for commune ${c.properties.id} (${c.properties.name}), found none`);
    return { ...c, geometry };
  });
  return { ...req, communes };
}
