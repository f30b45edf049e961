import type { Map as MapLibreMap } from 'maplibre-gl';

/** Below this map width, px, the full credits line would run under the legend drawer: they fold to a button. */
const FOLD_BELOW = 900;

/**
 * MapLibre folds its attribution only on maps 640 px wide or less, and then
 * opens it unfolded: three lines over a phone's or an embed's map. This
 * folds it on maps narrower than FOLD_BELOW too, and to its one (i) button
 * each time the map becomes that narrow; the button unfolds it, and a reader
 * who did so keeps it unfolded until the map widens and narrows again.
 * Runs after MapLibre's own resize handler (added after the control), which
 * unfolds it on maps over 640 px.
 */
export function foldAttribution(map: MapLibreMap): void {
  let wasCompact = false;
  const fold = () => {
    const attrib = map.getContainer().querySelector('.maplibregl-ctrl-attrib');
    if (!attrib) return;
    const narrow = map.getContainer().clientWidth < FOLD_BELOW;
    if (narrow) attrib.classList.add('maplibregl-compact');
    const compact = attrib.classList.contains('maplibregl-compact');
    if (compact && !wasCompact) attrib.classList.remove('maplibregl-compact-show');
    wasCompact = compact;
  };
  fold();
  map.on('resize', fold);
  // Its credits arrive with the style, which may make it compact only then.
  map.on('styledata', fold);
}
