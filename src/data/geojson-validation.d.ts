// The package ships no types; these cover the calls we make.
declare module 'geojson-validation' {
  /** With trace = true, returns the list of problems (empty when valid). */
  export function isFeatureCollection(object: unknown, trace: true): string[];
  export function isFeatureCollection(object: unknown, trace?: false): boolean;
  export function isFeature(object: unknown, trace: true): string[];
  export function isFeature(object: unknown, trace?: false): boolean;
}
