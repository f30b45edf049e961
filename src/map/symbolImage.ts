import { symbolPath, type SymbolSpec } from '../style/symbols.ts';

/**
 * Rasterises a symbol for map.addImage. OffscreenCanvas keeps it off the
 * page's DOM; drawn at the device pixel ratio so icons stay sharp.
 */
export function symbolImage(spec: SymbolSpec, pixelRatio: number): ImageData {
  const px = Math.ceil(spec.size * pixelRatio);
  const canvas = new OffscreenCanvas(px, px);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('symbolImage: this browser cannot draw on an OffscreenCanvas 2D context');
  ctx.scale(pixelRatio, pixelRatio);
  const path = new Path2D(symbolPath(spec.shape, spec.size));
  ctx.fillStyle = spec.color;
  ctx.fill(path);
  ctx.strokeStyle = spec.stroke ?? '#ffffff';
  ctx.lineWidth = 1.5;
  ctx.stroke(path);
  return ctx.getImageData(0, 0, px, px);
}
