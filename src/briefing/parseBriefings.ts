import { RADIUS_MAX, RADIUS_MIN, TOGGLE_LAYERS } from '../state/schema.ts';
import type { Briefing, Slide, SlideCamera } from './Briefing.ts';

export const BRIEFING_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A briefing file that cannot be used, saying where and why, as "file, slide 2, view.radius: expected …, got …". */
export class BriefingError extends Error {
  constructor(where: string, expected: string, got: unknown) {
    super(`${where}: expected ${expected}, got ${JSON.stringify(got) ?? 'nothing'}.`);
    this.name = 'BriefingError';
  }
}

/** Checks a briefings file (one briefing, or an array of them) and returns them as briefings. */
export function parseBriefings(json: unknown, file: string): Briefing[] {
  const list = Array.isArray(json) ? json : [json];
  return list.map((b, i) => parseBriefing(b, Array.isArray(json) ? `${file}, briefing ${i}` : file));
}

function parseBriefing(b: unknown, where: string): Briefing {
  const o = object(b, where, 'a briefing object');
  if (typeof o.id !== 'string' || !BRIEFING_ID.test(o.id)) throw new BriefingError(`${where}, id`, 'letters, digits, - or _ (1 to 64)', o.id);
  if (typeof o.title !== 'string') throw new BriefingError(`${where}, title`, 'text', o.title);
  if (!Array.isArray(o.slides)) throw new BriefingError(`${where}, slides`, 'an array of slides', o.slides);
  return { id: o.id, title: o.title, slides: o.slides.map((s, i) => parseSlide(s, `${where}, slide ${i + 1}`)) };
}

function parseSlide(s: unknown, where: string): Slide {
  const o = object(s, where, 'a slide object');
  const v = object(o.view, `${where}, view`, 'the view object');
  for (const key of ['title', 'notes'] as const) if (typeof o[key] !== 'string') throw new BriefingError(`${where}, ${key}`, 'text', o[key]);
  const layers = v.layers;
  if (!Array.isArray(layers) || !layers.every((l) => (TOGGLE_LAYERS as readonly unknown[]).includes(l))) {
    throw new BriefingError(`${where}, view.layers`, `an array of ${TOGGLE_LAYERS.join(', ')}`, layers);
  }
  if (v.select !== null && typeof v.select !== 'string') throw new BriefingError(`${where}, view.select`, 'an area id or null', v.select);
  if (typeof v.stat !== 'string') throw new BriefingError(`${where}, view.stat`, 'a statistic name', v.stat);
  if (typeof v.coverage !== 'boolean') throw new BriefingError(`${where}, view.coverage`, 'true or false', v.coverage);
  if (typeof v.radius !== 'number' || !Number.isInteger(v.radius) || v.radius < RADIUS_MIN || v.radius > RADIUS_MAX) {
    throw new BriefingError(`${where}, view.radius`, `a whole number of km from ${RADIUS_MIN} to ${RADIUS_MAX}`, v.radius);
  }
  if (v.units !== 'pre2025' && v.units !== 'post2025') throw new BriefingError(`${where}, view.units`, '"pre2025" or "post2025"', v.units);
  return {
    title: o.title as string, notes: o.notes as string,
    view: { camera: parseCamera(v.camera, `${where}, view.camera`), layers: layers as Slide['view']['layers'], select: v.select as string | null, stat: v.stat, coverage: v.coverage, radius: v.radius, units: v.units },
  };
}

function parseCamera(c: unknown, where: string): SlideCamera {
  const o = object(c, where, 'a camera: { center, zoom, bearing, pitch } or { bbox }');
  const numbers = (v: unknown, n: number) => Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'number' && Number.isFinite(x));
  if ('bbox' in o) {
    if (!numbers(o.bbox, 4)) throw new BriefingError(`${where}.bbox`, '[west, south, east, north]', o.bbox);
    return { bbox: o.bbox as [number, number, number, number] };
  }
  if (!numbers(o.center, 2)) throw new BriefingError(`${where}.center`, '[longitude, latitude]', o.center);
  for (const key of ['zoom', 'bearing', 'pitch'] as const) {
    if (typeof o[key] !== 'number' || !Number.isFinite(o[key])) throw new BriefingError(`${where}.${key}`, 'a number', o[key]);
  }
  return { center: o.center as [number, number], zoom: o.zoom as number, bearing: o.bearing as number, pitch: o.pitch as number };
}

function object(v: unknown, where: string, expected: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new BriefingError(where, expected, v);
  return v as Record<string, unknown>;
}
