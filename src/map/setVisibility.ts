import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Shows or hides a layer, and leaves it alone when it is so already:
 * MapLibre redraws the whole map on every setLayoutProperty, even one that
 * changes nothing, and a frame of the national view costs 100–200 ms under
 * software GL (docs/performance.md, 2026-12-06).
 */
export function setVisibility(map: Pick<MapLibreMap, 'getLayoutProperty' | 'setLayoutProperty'>, id: string, visible: boolean): void {
  const next = visible ? 'visible' : 'none';
  // A layer with no visibility set is visible (the style specification's default).
  if ((map.getLayoutProperty(id, 'visibility') ?? 'visible') !== next) map.setLayoutProperty(id, 'visibility', next);
}
