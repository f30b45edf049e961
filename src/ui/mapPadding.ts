import { clearPadding, type Padding } from '../geo/clearPadding.ts';

/**
 * What floats over the map: elements marked so (drawers, the area sheet),
 * the notice about a link, and MapLibre's own buttons, scale and credits.
 */
const OVERLAYS = '[data-map-overlay], .url-notice, .maplibregl-ctrl';

/**
 * The padding a fitted view needs now, measured from the overlays of one
 * app (`layout`) on screen, a folded one as what is left of it, against its map.
 */
export function mapPadding(layout: HTMLElement, map: HTMLElement): Padding {
  const rects = [...layout.querySelectorAll<HTMLElement>(OVERLAYS)]
    .map((e) => e.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  return clearPadding(map.getBoundingClientRect(), rects);
}
