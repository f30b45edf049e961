import type { LayerSpecification, SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { TiledLayer } from '../data/types.ts';

/**
 * A vector source for a layer the dataset ships as tiles. The address is
 * made absolute against the page, as MapLibre fetches tiles from its worker;
 * the template's braces stay as they are (URL parsing would escape them).
 * An archive's tiles are addressed as `pmtiles://<archive>/{z}/{x}/{y}`, the
 * form the pmtiles package's protocol reads (registerPmtiles), so the source
 * keeps the manifest's zooms and bounds with no TileJSON request first.
 * `promoteId` makes each feature's `id` property its feature-state id, as
 * for the GeoJSON sources, so colours, selection and hover work unchanged.
 */
export function tiledSource(t: TiledLayer, baseUrl: string): SourceSpecification {
  const href = new URL(t.url, baseUrl).href;
  const url = t.format === 'pmtiles' ? `pmtiles://${href}/{z}/{x}/{y}` : href.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
  return { type: 'vector', tiles: [url], minzoom: t.minzoom, maxzoom: t.maxzoom, bounds: t.bounds, promoteId: 'id' };
}

/** Every layer drawn from a tiled source told which layer of the tiles to draw. */
export function withSourceLayers(layers: LayerSpecification[], tiled: Record<string, TiledLayer>): LayerSpecification[] {
  return layers.map((l) => ('source' in l && typeof l.source === 'string' && tiled[l.source] ? { ...l, 'source-layer': tiled[l.source]!.sourceLayer } : l) as LayerSpecification);
}
