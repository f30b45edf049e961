import * as maplibregl from 'maplibre-gl';
import type { FeatureTarget } from './featureTarget.ts';
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
 * A second map in a hidden container, with the screen map's style, view (or `bounds`) and
 * feature state, drawn once and kept (preserveDrawingBuffer) so its pixels
 * can be read. The screen map is not touched: the user sees nothing happen.
 */
export function renderImage(
  source: maplibregl.Map, container: HTMLElement, pixelRatio: number,
  states: (FeatureTarget & { state: Record<string, unknown> })[],
  bounds: maplibregl.LngLatBounds = source.getBounds(),
): Promise<RenderedMap> {
  return renderStyle(source.getStyle(), { bounds, bearing: source.getBearing(), pitch: source.getPitch() }, container, pixelRatio, states);
}

/** Where a drawn-once map looks: an extent fitted (clear of padding), or a camera as captured. */
export type RenderCamera =
  | { bounds: maplibregl.LngLatBoundsLike; bearing?: number; pitch?: number; padding?: { top: number; right: number; bottom: number; left: number } }
  | { center: [number, number]; zoom: number; bearing: number; pitch: number };

/**
 * A map of any style, drawn once in a hidden container and kept: the screen
 * map's view for an export, or a slide's view for its picture.
 */
export function renderStyle(
  style: maplibregl.StyleSpecification, camera: RenderCamera, container: HTMLElement, pixelRatio: number,
  states: (FeatureTarget & { state: Record<string, unknown> })[],
): Promise<RenderedMap> {
  const map = new maplibregl.Map({
    container,
    style,
    ...('bounds' in camera
      ? { bounds: camera.bounds, bearing: camera.bearing ?? 0, pitch: camera.pitch ?? 0, ...(camera.padding ? { fitBoundsOptions: { padding: camera.padding } } : {}) }
      : { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch }),
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
      for (const { state, ...target } of states) map.setFeatureState(target, state);
      map.once('idle', () => {
        const lat = map.getCenter().lat;
        // Web Mercator with 512-px tiles, as MapLibre draws: metres per CSS pixel, then per image pixel.
        const perCss = (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
        resolve({ canvas: map.getCanvas(), metresPerPixel: perCss / pixelRatio, bearing: map.getBearing(), remove: () => map.remove() });
      });
    });
  });
}
