import { clearPadding, type Padding } from '../geo/clearPadding.ts';

/**
 * What floats over the map: elements marked so (drawers, the area sheet),
 * the notice about a link, and MapLibre's own buttons, scale and credits.
 */
const OVERLAYS = '[data-map-overlay], .url-notice, .maplibregl-ctrl';

/** What hides a whole edge of the map while open: the area sheet (the drawers leave most of the view). */
const SHEET = '.layout-side';

/**
 * The padding a fitted view needs now, measured from the overlays of one
 * app (`layout`) on screen, a folded one as what is left of it, against its map.
 */
export function mapPadding(layout: HTMLElement, map: HTMLElement): Padding {
  return clearPadding(map.getBoundingClientRect(), rectsOf(layout, OVERLAYS));
}

/**
 * The edges of the map the open sheet hides, px, with no margin: the part
 * left in view is what the reader calls "the map" (its centre goes in links
 * and slides, an export draws it).
 */
export function mapCover(layout: HTMLElement, map: HTMLElement): Padding {
  return clearPadding(map.getBoundingClientRect(), rectsOf(layout, SHEET), 0);
}

function rectsOf(layout: HTMLElement, selector: string): DOMRect[] {
  return [...layout.querySelectorAll<HTMLElement>(selector)]
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
}
