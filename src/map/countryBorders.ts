import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { sharedSegments } from '../geo/sharedSegments.ts';
import { memoByObject } from '../data/memoByObject.ts';

/**
 * The land borders between the countries layer's countries, as lines: not
 * the coasts (the land's edge against the sea shows them) and not the edges
 * the layer was cut along, which an outline of the polygons would draw as
 * straight lines across the land. Computed once per countries layer.
 */
export const countryBorders = memoByObject((countries: FeatureCollection<Polygon | MultiPolygon>): FeatureCollection<MultiLineString> => {
  const areas = countries.features.map((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
  return { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: sharedSegments(areas) } }] };
});
