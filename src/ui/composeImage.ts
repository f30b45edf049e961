import type { LegendKey, LegendModel } from './legendModel.ts';
import { symbolPath } from '../style/symbols.ts';

export interface ImageFurniture {
  title: string;
  legend: LegendModel;
  metresPerPixel: number;
  bearing: number;
  /** The line crediting the data, as the attribution says it. */
  source: string;
  /** The date the image was made, formatted for the reader. */
  date: string;
  /** The letter on the north arrow: "B" (Bắc) or "N". */
  north: string;
  /** Only the scale bar and north arrow: for printed pages, whose title, legend and sources are text. */
  bare?: boolean;
}

const FONT = '"Be Vietnam Pro", system-ui, sans-serif';

/**
 * The exported image: the map with a title, legend, scale bar, north arrow,
 * source line and date drawn over it, sized for the image (a 4K image gets
 * twice the type of a 1080p one, so both read the same on a wall).
 */
export async function composeImage(doc: Document, map: CanvasImageSource, width: number, height: number, f: ImageFurniture): Promise<HTMLCanvasElement> {
  await Promise.all([doc.fonts.load(`600 20px ${FONT}`), doc.fonts.load(`400 20px ${FONT}`)]);
  const canvas = doc.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('composeImage: this browser gave no 2D canvas context');
  const u = height / 1080;
  ctx.drawImage(map, 0, 0, width, height);
  const text = (s: string, x: number, y: number, size: number, weight = 400, align: CanvasTextAlign = 'left', max = width) => {
    ctx.font = `${weight} ${size}px ${FONT}`;
    ctx.textAlign = align;
    ctx.fillStyle = '#111';
    let out = s;
    while (out.length > 1 && ctx.measureText(out).width > max) out = `${out.slice(0, -2)}…`;
    ctx.fillText(out, x, y);
  };
  if (f.bare) {
    drawScale(ctx, f.metresPerPixel, width - 24 * u, height - 24 * u, u, text);
    drawNorth(ctx, f.bearing, width - 56 * u, 56 * u, u, f.north, text);
    return canvas;
  }
  // Title strip, date at its right.
  ctx.fillStyle = 'rgba(255,255,255,0.96)';
  ctx.fillRect(0, 0, width, 72 * u);
  text(f.title, 24 * u, 48 * u, 32 * u, 600, 'left', width - 300 * u);
  text(f.date, width - 24 * u, 46 * u, 18 * u, 400, 'right');
  // Source strip.
  ctx.fillStyle = 'rgba(255,255,255,0.96)';
  ctx.fillRect(0, height - 34 * u, width, 34 * u);
  text(f.source, 24 * u, height - 11 * u, 14 * u, 400, 'left', width - 48 * u);
  drawLegend(ctx, f.legend, 16 * u, height - 50 * u, u, text);
  drawScale(ctx, f.metresPerPixel, width - 24 * u, height - 56 * u, u, text);
  drawNorth(ctx, f.bearing, width - 56 * u, 130 * u, u, f.north, text);
  return canvas;
}

type Text = (s: string, x: number, y: number, size: number, weight?: number, align?: CanvasTextAlign, max?: number) => void;

/** The legend box, its bottom edge at `bottom`. */
function drawLegend(ctx: CanvasRenderingContext2D, m: LegendModel, left: number, bottom: number, u: number, text: Text): void {
  const row = 24 * u;
  const entries = [...m.classes, ...m.symbols, ...m.coverage];
  const noteLines = wrap(ctx, m.note, 13 * u, 360 * u);
  const height = 16 * u + 30 * u + entries.length * row + noteLines.length * 17 * u + 12 * u;
  const top = bottom - height;
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.strokeStyle = '#999';
  ctx.lineWidth = u;
  ctx.fillRect(left, top, 400 * u, height);
  ctx.strokeRect(left, top, 400 * u, height);
  text(`${m.title}${m.illustrative ? ' *' : ''}`, left + 14 * u, top + 32 * u, 18 * u, 600, 'left', 372 * u);
  entries.forEach((e, i) => {
    const y = top + 46 * u + i * row;
    drawKey(ctx, e.key, left + 14 * u, y, u);
    text(e.label, left + 52 * u, y + 16 * u, 15 * u, 400, 'left', 340 * u);
  });
  noteLines.forEach((line, i) => text(line, left + 14 * u, top + 46 * u + entries.length * row + 14 * u + i * 17 * u, 13 * u, 400));
}

function drawKey(ctx: CanvasRenderingContext2D, key: LegendKey, x: number, y: number, u: number): void {
  ctx.save();
  ctx.translate(x, y);
  switch (key.kind) {
    case 'fill':
      ctx.fillStyle = key.color;
      ctx.fillRect(0, 3 * u, 28 * u, 16 * u);
      ctx.strokeStyle = '#888';
      ctx.lineWidth = u;
      ctx.strokeRect(0, 3 * u, 28 * u, 16 * u);
      break;
    case 'symbol': {
      const s = (20 * u) / key.spec.size;
      ctx.translate(4 * u, u);
      ctx.scale(s, s);
      ctx.fillStyle = key.spec.color;
      ctx.strokeStyle = key.spec.stroke ?? '#fff';
      ctx.lineWidth = 1.5;
      const p = new Path2D(symbolPath(key.spec.shape, key.spec.size));
      ctx.fill(p);
      ctx.stroke(p);
      break;
    }
    case 'line':
      ctx.strokeStyle = key.color;
      ctx.lineWidth = 4 * u;
      ctx.setLineDash(key.dashed ? [6 * u, 3 * u] : []);
      ctx.beginPath();
      ctx.moveTo(0, 11 * u);
      ctx.lineTo(30 * u, 11 * u);
      ctx.stroke();
      break;
    default:
      ctx.beginPath();
      ctx.arc(14 * u, 11 * u, (key.kind === 'ring' ? 9 : 5) * u, 0, 2 * Math.PI);
      ctx.fillStyle = key.kind === 'ring' ? 'rgba(31,111,180,0.15)' : '#fff';
      ctx.strokeStyle = key.kind === 'ring' ? '#1f6fb4' : '#111';
      ctx.lineWidth = 2 * u;
      ctx.fill();
      ctx.stroke();
  }
  ctx.restore();
}

/** A scale bar of a round length (1, 2 or 5 × 10ⁿ km or m), its right end at `right`. */
function drawScale(ctx: CanvasRenderingContext2D, metresPerPixel: number, right: number, bottom: number, u: number, text: Text): void {
  const most = metresPerPixel * 220 * u;
  const pow = 10 ** Math.floor(Math.log10(most));
  const metres = [5, 2, 1].map((k) => k * pow).find((m) => m <= most) ?? pow;
  const px = metres / metresPerPixel;
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.fillRect(right - px - 16 * u, bottom - 40 * u, px + 32 * u, 48 * u);
  ctx.fillStyle = '#111';
  ctx.fillRect(right - px, bottom - 6 * u, px, 6 * u);
  text(metres >= 1000 ? `${metres / 1000} km` : `${metres} m`, right - px / 2, bottom - 14 * u, 16 * u, 600, 'center');
}

function drawNorth(ctx: CanvasRenderingContext2D, bearing: number, x: number, y: number, u: number, letter: string, text: Text): void {
  ctx.save();
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.beginPath();
  ctx.arc(x, y, 30 * u, 0, 2 * Math.PI);
  ctx.fill();
  ctx.translate(x, y);
  ctx.rotate((-bearing * Math.PI) / 180);
  ctx.fillStyle = '#111';
  ctx.beginPath();
  ctx.moveTo(0, -22 * u);
  ctx.lineTo(10 * u, 8 * u);
  ctx.lineTo(0, 2 * u);
  ctx.lineTo(-10 * u, 8 * u);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
  text(letter, x, y + 24 * u, 13 * u, 600, 'center');
}

function wrap(ctx: CanvasRenderingContext2D, s: string, size: number, max: number): string[] {
  ctx.font = `400 ${size}px ${FONT}`;
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > max && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}
