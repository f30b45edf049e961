import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { sharedSegments } from '../geo/sharedSegments.ts';

const cache = new WeakMap<object, FeatureCollection<MultiLineString>>();

/**
 * The land borders between the countries layer's countries, as lines: not
 * the coasts (the land's edge against the sea shows them) and not the edges
 * the layer was cut along, which an outline of the polygons would draw as
 * straight lines across the land. Computed once per countries layer.
 */
export function countryBorders(countries: FeatureCollection<Polygon | MultiPolygon>): FeatureCollection<MultiLineString> {
  let got = cache.get(countries);
  if (!got) {
    const areas = countries.features.map((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
    got = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: sharedSegments(areas) } }] };
    cache.set(countries, got);
  }
  return got;
}
