import type * as maplibregl from 'maplibre-gl';
import type { FeatureTarget } from './featureTarget.ts';
import { PICKABLE, SOURCE_OF } from './layerIds.ts';

/**
 * Hover highlight and click selection. Picks the topmost feature in PICKABLE
 * order, so a station on top of a commune selects the station.
 */
export class MapPicker {
  private hovered: FeatureTarget | null = null;
  private readonly onMove: (e: maplibregl.MapMouseEvent) => void;
  private readonly onClick: (e: maplibregl.MapMouseEvent) => void;
  private readonly onLeave: () => void;

  /** `onHover` shows which feature the pointer is over now (null: none) instead of the one before; called when it changes. */
  constructor(
    private readonly map: maplibregl.Map,
    onSelect: (id: string | null) => void,
    private readonly onHover: (prev: FeatureTarget | null, next: FeatureTarget | null) => void,
  ) {
    this.onMove = (e) => this.hover(this.pick(e.point));
    this.onClick = (e) => onSelect(this.pick(e.point)?.id ?? null);
    this.onLeave = () => this.hover(null);
    map.on('mousemove', this.onMove);
    map.on('click', this.onClick);
    map.on('mouseout', this.onLeave);
  }

  private pick(point: maplibregl.PointLike): FeatureTarget | null {
    const layers = PICKABLE.filter((l) => this.map.getLayer(l) && this.map.getLayoutProperty(l, 'visibility') !== 'none');
    const hits = this.map.queryRenderedFeatures(point, { layers: [...layers] });
    for (const layer of PICKABLE) {
      const hit = hits.find((f) => f.layer.id === layer);
      const id = hit?.properties?.id;
      // A feature from tiles names the layer inside them, which its feature state needs.
      if (typeof id === 'string') return { source: SOURCE_OF[layer], ...(hit!.sourceLayer ? { sourceLayer: hit!.sourceLayer } : {}), id };
    }
    return null;
  }

  private hover(next: FeatureTarget | null): void {
    const prev = this.hovered;
    this.hovered = next;
    if (prev?.id === next?.id && prev?.source === next?.source) return;
    this.onHover(prev, next);
    this.map.getCanvas().style.cursor = next ? 'pointer' : '';
  }

  remove(): void {
    this.map.off('mousemove', this.onMove);
    this.map.off('click', this.onClick);
    this.map.off('mouseout', this.onLeave);
  }
}
