import * as maplibregl from 'maplibre-gl';
import { resolveSymbols } from './resolveSymbols.ts';

export interface RenderedMap {
  /** The drawn map, to copy from before the container is removed. */
  canvas: HTMLCanvasElement;
  /** Ground metres per image pixel at the centre, for the scale bar. */
  metresPerPixel: number;
  bearing: number;
  /** Tears the second map down. */
  remove(): void;
}

/**
 * A second map in a hidden container, with the screen map's style, view and
 * feature state, drawn once and kept (preserveDrawingBuffer) so its pixels
 * can be read. The screen map is not touched: the user sees nothing happen.
 */
export function renderImage(
  source: maplibregl.Map, container: HTMLElement, pixelRatio: number,
  states: { source: string; id: string; state: Record<string, unknown> }[],
): Promise<RenderedMap> {
  const map = new maplibregl.Map({
    container,
    style: source.getStyle(),
    bounds: source.getBounds(),
    bearing: source.getBearing(),
    pitch: source.getPitch(),
    pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  resolveSymbols(map);
  return new Promise((resolve, reject) => {
    map.once('error', (e) => reject(e.error instanceof Error ? e.error : new Error(String(e.error))));
    map.once('load', () => {
      for (const s of states) map.setFeatureState({ source: s.source, id: s.id }, s.state);
      map.once('idle', () => {
        const lat = map.getCenter().lat;
        // Web Mercator with 512-px tiles, as MapLibre draws: metres per CSS pixel, then per image pixel.
        const perCss = (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
        resolve({ canvas: map.getCanvas(), metresPerPixel: perCss / pixelRatio, bearing: map.getBearing(), remove: () => map.remove() });
      });
    });
  });
}
