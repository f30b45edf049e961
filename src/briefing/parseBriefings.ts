import { RADIUS_MAX, RADIUS_MIN, TOGGLE_LAYERS } from '../state/schema.ts';
import { BRIEFING_LIMITS, isPosition, isToken, isZoom, LAT_MAX, LON_MAX, PITCH_MAX, ZOOM_MAX } from '../state/limits.ts';
import type { Briefing, Slide, SlideCamera } from './Briefing.ts';

export const BRIEFING_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A briefing file that cannot be used, saying where and why, as "file, slide 2, view.radius: expected …, got …". */
export class BriefingError extends Error {
  constructor(where: string, expected: string, got: unknown) {
    super(`${where}: expected ${expected}, got ${JSON.stringify(got) ?? 'nothing'}.`);
    this.name = 'BriefingError';
  }
}

/** Checks a briefings file (one briefing, or an array of them) and returns them as briefings; the first fault throws. */
export function parseBriefings(json: unknown, file: string): Briefing[] {
  const { briefings, faults } = parseEachBriefing(json, file);
  if (faults[0]) throw faults[0].error;
  return briefings;
}

/**
 * Each briefing on its own: the good ones, and for each bad one its index
 * and what is wrong, so one bad briefing never hides the others.
 */
export function parseEachBriefing(json: unknown, file: string): { briefings: Briefing[]; faults: { index: number; error: BriefingError }[] } {
  const list = Array.isArray(json) ? json : [json];
  const briefings: Briefing[] = [];
  const faults: { index: number; error: BriefingError }[] = [];
  list.forEach((b, i) => {
    try {
      briefings.push(parseBriefing(b, Array.isArray(json) ? `${file}, briefing ${i}` : file));
    } catch (err) {
      if (!(err instanceof BriefingError)) throw err;
      faults.push({ index: i, error: err });
    }
  });
  return { briefings, faults };
}

function parseBriefing(b: unknown, where: string): Briefing {
  const o = object(b, where, 'a briefing object');
  if (typeof o.id !== 'string' || !BRIEFING_ID.test(o.id)) throw new BriefingError(`${where}, id`, 'letters, digits, - or _ (1 to 64)', o.id);
  text(o.title, `${where}, title`, BRIEFING_LIMITS.title);
  if (!Array.isArray(o.slides) || o.slides.length > BRIEFING_LIMITS.slides) throw new BriefingError(`${where}, slides`, `an array of at most ${BRIEFING_LIMITS.slides} slides`, Array.isArray(o.slides) ? `${o.slides.length} slides` : o.slides);
  return { id: o.id, title: o.title as string, slides: o.slides.map((s, i) => parseSlide(s, `${where}, slide ${i + 1}`)) };
}

function text(v: unknown, where: string, max: number): void {
  if (typeof v !== 'string' || v.length > max) throw new BriefingError(where, `text of at most ${max} characters`, typeof v === 'string' ? `${v.length} characters` : v);
}

function parseSlide(s: unknown, where: string): Slide {
  const o = object(s, where, 'a slide object');
  const v = object(o.view, `${where}, view`, 'the view object');
  text(o.title, `${where}, title`, BRIEFING_LIMITS.title);
  text(o.notes, `${where}, notes`, BRIEFING_LIMITS.notes);
  const layers = v.layers;
  if (!Array.isArray(layers) || !layers.every((l) => (TOGGLE_LAYERS as readonly unknown[]).includes(l))) {
    throw new BriefingError(`${where}, view.layers`, `an array of ${TOGGLE_LAYERS.join(', ')}`, layers);
  }
  // The same tokens a URL may carry: a slide is a link the app follows by itself.
  if (v.select !== null && !isToken(v.select)) throw new BriefingError(`${where}, view.select`, 'an area id (letters, digits, _ - ., at most 64) or null', clip(v.select));
  if (!isToken(v.stat)) throw new BriefingError(`${where}, view.stat`, 'a statistic name (letters, digits, _ - ., at most 64)', clip(v.stat));
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
  const world = `longitude within ±${LON_MAX}, latitude within ±${LAT_MAX}`;
  if ('bbox' in o) {
    const b = o.bbox as number[];
    if (!numbers(b, 4) || !isPosition(b[0], b[1]) || !isPosition(b[2], b[3]) || b[0]! >= b[2]! || b[1]! >= b[3]!) {
      throw new BriefingError(`${where}.bbox`, `[west, south, east, north], west < east, south < north, ${world}`, o.bbox);
    }
    return { bbox: o.bbox as [number, number, number, number] };
  }
  if (!numbers(o.center, 2) || !isPosition((o.center as number[])[0], (o.center as number[])[1])) throw new BriefingError(`${where}.center`, `[longitude, latitude], ${world}`, o.center);
  if (!isZoom(o.zoom)) throw new BriefingError(`${where}.zoom`, `a number from 0 to ${ZOOM_MAX}`, o.zoom);
  if (typeof o.bearing !== 'number' || !Number.isFinite(o.bearing)) throw new BriefingError(`${where}.bearing`, 'a number', o.bearing);
  if (typeof o.pitch !== 'number' || !(o.pitch >= 0 && o.pitch <= PITCH_MAX)) throw new BriefingError(`${where}.pitch`, `a number from 0 to ${PITCH_MAX}`, o.pitch);
  return { center: o.center as [number, number], zoom: o.zoom as number, bearing: o.bearing as number, pitch: o.pitch as number };
}

/** Long text from a file is shown by its length, not whole, in a message. */
function clip(v: unknown): unknown {
  return typeof v === 'string' && v.length > 80 ? `${v.slice(0, 40)}… (${v.length} characters)` : v;
}

function object(v: unknown, where: string, expected: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new BriefingError(where, expected, v);
  return v as Record<string, unknown>;
}
