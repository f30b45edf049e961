import type { Map as MapLibreMap } from 'maplibre-gl';

/** Below this width of map in view, px, the full credits line would run under the legend drawer: they fold to a button. */
const FOLD_BELOW = 900;

/**
 * MapLibre folds its attribution only on maps 640 px wide or less, and then
 * opens it unfolded: three lines over a phone's or an embed's map. This
 * folds it on maps narrower than FOLD_BELOW too, and to its one (i) button
 * each time the map becomes that narrow; the button unfolds it, and a reader
 * who did so keeps it unfolded until the map widens and narrows again.
 * Runs after MapLibre's own resize handler (added after the control), which
 * unfolds it on maps over 640 px. The width that counts is the map's left
 * of its credits' corner: a sheet over the map's right edge moves the
 * corner (the page's CSS), which narrows the map in view without resizing it.
 */
export function foldAttribution(map: MapLibreMap): void {
  let wasCompact = false;
  const fold = () => {
    const attrib = map.getContainer().querySelector('.maplibregl-ctrl-attrib');
    if (!attrib) return;
    const corner = attrib.parentElement ?? attrib;
    const narrow = corner.getBoundingClientRect().right - map.getContainer().getBoundingClientRect().left < FOLD_BELOW;
    if (narrow) attrib.classList.add('maplibregl-compact');
    // Wide again with no resize (the sheet closed): unfolded, as MapLibre's own handler does on a resize.
    else if (map.getContainer().clientWidth > 640) attrib.classList.remove('maplibregl-compact', 'maplibregl-compact-show');
    const compact = attrib.classList.contains('maplibregl-compact');
    if (compact && !wasCompact) attrib.classList.remove('maplibregl-compact-show');
    wasCompact = compact;
  };
  fold();
  map.on('resize', fold);
  // Its credits arrive with the style, which may make it compact only then.
  map.on('styledata', fold);
  // The corner changes width as a sheet opens or closes over the map (when the page's CSS stretches it across the view).
  const corner = map.getContainer().querySelector('.maplibregl-ctrl-bottom-right');
  const win = map.getContainer().ownerDocument.defaultView as (Window & { ResizeObserver?: typeof ResizeObserver }) | null;
  const watch = corner && win?.ResizeObserver ? new win.ResizeObserver(fold) : null;
  if (corner) watch?.observe(corner);
  map.once('remove', () => watch?.disconnect());
}
