import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/** A size that follows the zoom, linearly between the given [zoom, value] stops and constant beyond them. */
export function byZoom(...stops: [number, number][]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as ExpressionSpecification;
}

/**
 * The label hierarchy, px by zoom: countries and provinces largest and bold,
 * then towns, communes, and the names of stations and markers. Each grows
 * as the map zooms in, so the region view stays calm and a close view reads.
 */
export const TYPE = {
  country: byZoom([5, 14], [7, 17], [10, 22]),
  province: byZoom([5, 14], [7, 17], [9, 20], [12, 24]),
  town: byZoom([5, 11.5], [8, 13], [11, 15]),
  commune: byZoom([8, 12.5], [10, 14], [12, 16]),
  facility: byZoom([8.5, 12], [11, 14]),
} as const;

/**
 * A zoom interpolation whose outputs are themselves expressions (a case on
 * feature state, a match on a property): MapLibre allows zoom only at the top.
 */
export function atZooms(zooms: readonly number[], output: (i: number) => unknown): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], ...zooms.flatMap((z, i) => [z, output(i)])] as ExpressionSpecification;
}
