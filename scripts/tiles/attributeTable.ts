import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { bboxOf } from './makeTiles.ts';

/**
 * A tiled layer's attribute table: every feature with all its properties, and
 * its bounding box as a rectangle for geometry. A GeoJSON file, so the same
 * validator checks it and any GIS opens it; the rectangle gives the app an
 * extent to fit the map to without the outline, which only the tiles draw.
 */
export function attributeTable<P>(fc: FeatureCollection<Geometry, P>): FeatureCollection<Polygon, P> {
  return {
    type: 'FeatureCollection',
    features: fc.features.flatMap((f): Feature<Polygon, P>[] => {
      const b = f.geometry ? bboxOf(f.geometry) : null;
      if (!b) return [];
      const [w, s, e, n] = b;
      return [{ type: 'Feature', properties: f.properties, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } }];
    }),
  };
}
