import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * MapLibre's compact attribution (maps 640 px wide or less) opens
 * unfolded: three lines over a phone's or an embed's map. This folds it to
 * its one (i) button each time the map becomes that narrow; the button
 * unfolds it, and a reader who did so keeps it unfolded until the map
 * widens and narrows again.
 */
export function foldAttribution(map: MapLibreMap): void {
  let wasCompact = false;
  const fold = () => {
    const attrib = map.getContainer().querySelector('.maplibregl-ctrl-attrib');
    const compact = attrib?.classList.contains('maplibregl-compact') ?? false;
    if (compact && !wasCompact) attrib?.classList.remove('maplibregl-compact-show');
    wasCompact = compact;
  };
  fold();
  map.on('resize', fold);
  // Its credits arrive with the style, which may make it compact only then.
  map.on('styledata', fold);
}
