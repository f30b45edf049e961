// polylabel ships no types: the one function this project calls.
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (outer ring, then holes), to within `precision`, and its distance to the nearest edge. */
  export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): number[] & { distance: number };
}
