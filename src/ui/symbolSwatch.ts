import { PALETTE } from '../style/palette.ts';
import { symbolPath, type SymbolSpec } from '../style/symbols.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** A legend swatch drawn from the same symbol description as the map's icons. */
export function symbolSwatch(doc: Document, spec: SymbolSpec): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(spec.size));
  svg.setAttribute('height', String(spec.size));
  svg.setAttribute('viewBox', `0 0 ${spec.size} ${spec.size}`);
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG, 'path');
  path.setAttribute('d', symbolPath(spec.shape, spec.size));
  path.setAttribute('fill', spec.color);
  path.setAttribute('stroke', spec.stroke ?? '#ffffff');
  path.setAttribute('stroke-width', '1.5');
  svg.append(path);
  return svg;
}

/** A short line swatch: the border (solid, with halo) or a twin pair (dashed). */
export function lineSwatch(doc: Document, color: string, dashed: boolean): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '12');
  svg.setAttribute('aria-hidden', 'true');
  const line = doc.createElementNS(SVG, 'path');
  line.setAttribute('d', dashed ? 'M2,10Q12,0,22,10' : 'M1,6H23');
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke', color);
  line.setAttribute('stroke-width', '3');
  if (dashed) line.setAttribute('stroke-dasharray', '4 2');
  svg.append(line);
  return svg;
}

/** A small SVG shape for the coverage legend: a ring around a station, or a sector split point. */
export function shapeSwatch(doc: Document, shape: 'ring' | 'split'): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const c = doc.createElementNS(SVG, 'circle');
  c.setAttribute('cx', '12');
  c.setAttribute('cy', '7');
  c.setAttribute('r', shape === 'ring' ? '6' : '3.5');
  // A ring is drawn as the map draws it: an outline in the covered colour, no fill.
  c.setAttribute('fill', shape === 'ring' ? 'none' : '#ffffff');
  c.setAttribute('stroke', shape === 'ring' ? PALETTE.covered : PALETTE.text);
  c.setAttribute('stroke-width', '1.5');
  svg.append(c);
  return svg;
}
