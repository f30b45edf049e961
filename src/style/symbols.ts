import { PALETTE } from './palette.ts';

export type SymbolShape = 'square' | 'triangle' | 'diamond' | 'circle';

export interface SymbolSpec {
  shape: SymbolShape;
  color: string;
  /** Outline colour; white by default, so a symbol reads on any fill. */
  stroke?: string;
  /** Edge length in CSS pixels, at full size (the map scales icons down when zoomed out). */
  size: number;
}

/**
 * Point symbols as plain data, so the map's icons and the legend's swatches
 * are drawn from one description. Shapes differ, not colours: black
 * square, black triangle, white diamond, so the kinds stay apart for
 * colour-blind readers, in grey print-outs, and from every colour the
 * choropleth and the coverage view use.
 */
export const FACILITY_SYMBOLS: Record<'station' | 'post' | 'gate', SymbolSpec> = {
  station: { shape: 'square', color: PALETTE.station, size: 14 },
  post: { shape: 'triangle', color: PALETTE.post, size: 15 },
  gate: { shape: 'diamond', color: PALETTE.gate, stroke: PALETTE.symbolStroke, size: 16 },
};
export const MARKER_SYMBOL: SymbolSpec = { shape: 'circle', color: PALETTE.marker, size: 9 };

/** The shape as an SVG path in a size×size box, used for the map icons and the legend alike. */
export function symbolPath(shape: SymbolShape, size: number): string {
  const s = size;
  const h = s / 2;
  switch (shape) {
    case 'square':
      return `M1,1H${s - 1}V${s - 1}H1Z`;
    case 'triangle':
      return `M${h},1L${s - 1},${s - 1}H1Z`;
    case 'diamond':
      return `M${h},1L${s - 1},${h}L${h},${s - 1}L1,${h}Z`;
    case 'circle':
      return `M${h},1A${h - 1},${h - 1},0,1,1,${h},${s - 1}A${h - 1},${h - 1},0,1,1,${h},1Z`;
  }
}

/** A complete SVG document for one symbol: white outline so it reads on any fill. */
export function symbolSvg(spec: SymbolSpec, scale = 1): string {
  const px = Math.round(spec.size * scale);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}" viewBox="0 0 ${spec.size} ${spec.size}">` +
    `<path d="${symbolPath(spec.shape, spec.size)}" fill="${spec.color}" stroke="${spec.stroke ?? '#ffffff'}" stroke-width="1.5"/></svg>`
  );
}
