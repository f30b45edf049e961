import { RADIUS_MAX, RADIUS_MIN, TOGGLE_LAYERS, type Lang } from '../state/schema.ts';
import { BRIEFING_LIMITS, isPeriod, isPosition, isToken, isZoom, LAT_MAX, LON_MAX, PITCH_MAX, ZOOM_MAX } from '../state/limits.ts';
import { phrase, renderPhrase, type Phrase } from '../validate/Phrase.ts';
import { describeValue } from '../validate/describeValue.ts';
import type { Briefing, Slide, SlideCamera } from './Briefing.ts';

export const BRIEFING_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Where in a briefings file a fault lies: the file, the briefing's index in an array, the slide's number, the key. */
export interface BriefingPlace {
  /** The file's name, or what stands for it (the briefings saved in the browser). */
  file: string | Phrase;
  briefing?: number;
  slide?: number;
  key?: string;
}

/**
 * A briefing that cannot be used, saying where and why as the file checks
 * do ("file, briefing 0, slide 2, view.radius: expected …, found …"), in no
 * language yet: `describe` says it in the reader's; `message` is English,
 * for logs.
 */
export class BriefingError extends Error {
  constructor(readonly place: BriefingPlace, readonly expected: Phrase, readonly found: Phrase) {
    super('');
    this.name = 'BriefingError';
    this.message = this.describe('en');
  }

  describe(lang: Lang): string {
    const { file, briefing, slide, key } = this.place;
    const where = [
      typeof file === 'string' ? file : renderPhrase(file, lang),
      briefing === undefined ? null : renderPhrase(phrase('where.briefing', { index: briefing }), lang),
      slide === undefined ? null : renderPhrase(phrase('where.slide', { n: slide }), lang),
      key ?? null,
    ].filter((x) => x !== null);
    return renderPhrase(phrase('sentence', { where: where.join(', '), expected: this.expected, found: this.found }), lang);
  }
}

/** Checks a briefings file (one briefing, or an array of them) and returns them as briefings; the first fault throws. */
export function parseBriefings(json: unknown, file: string | Phrase): Briefing[] {
  const { briefings, faults } = parseEachBriefing(json, file);
  if (faults[0]) throw faults[0].error;
  return briefings;
}

/**
 * Each briefing on its own: the good ones, and for each bad one its index
 * and what is wrong, so one bad briefing never hides the others.
 */
export function parseEachBriefing(json: unknown, file: string | Phrase): { briefings: Briefing[]; faults: { index: number; error: BriefingError }[] } {
  const list = Array.isArray(json) ? json : [json];
  const briefings: Briefing[] = [];
  const faults: { index: number; error: BriefingError }[] = [];
  list.forEach((b, i) => {
    try {
      briefings.push(parseBriefing(b, Array.isArray(json) ? { file, briefing: i } : { file }));
    } catch (err) {
      if (!(err instanceof BriefingError)) throw err;
      faults.push({ index: i, error: err });
    }
  });
  return { briefings, faults };
}

function parseBriefing(b: unknown, where: BriefingPlace): Briefing {
  const at = (key: string): BriefingPlace => ({ ...where, key });
  const o = object(b, where, phrase('expected.briefingObject'));
  if (typeof o.id !== 'string' || !BRIEFING_ID.test(o.id)) throw new BriefingError(at('id'), phrase('expected.briefingId'), foundOf(o.id));
  text(o.title, at('title'), BRIEFING_LIMITS.title);
  if (!Array.isArray(o.slides) || o.slides.length > BRIEFING_LIMITS.slides) {
    throw new BriefingError(at('slides'), phrase('expected.slidesUpTo', { max: BRIEFING_LIMITS.slides }), Array.isArray(o.slides) ? phrase('found.slideCount', { n: o.slides.length }) : foundOf(o.slides));
  }
  return { id: o.id, title: o.title as string, slides: o.slides.map((s, i) => parseSlide(s, { ...where, slide: i + 1 })) };
}

function text(v: unknown, where: BriefingPlace, max: number): void {
  if (typeof v !== 'string' || v.length > max) throw new BriefingError(where, phrase('expected.textUpTo', { max }), typeof v === 'string' ? phrase('found.textLength', { n: v.length }) : foundOf(v));
}

function parseSlide(s: unknown, where: BriefingPlace): Slide {
  const at = (key: string): BriefingPlace => ({ ...where, key });
  const o = object(s, where, phrase('expected.slideObject'));
  const v = object(o.view, at('view'), phrase('expected.viewObject'));
  text(o.title, at('title'), BRIEFING_LIMITS.title);
  text(o.notes, at('notes'), BRIEFING_LIMITS.notes);
  const layers = v.layers;
  if (!Array.isArray(layers) || !layers.every((l) => (TOGGLE_LAYERS as readonly unknown[]).includes(l))) {
    throw new BriefingError(at('view.layers'), phrase('expected.layerList', { layers: [...TOGGLE_LAYERS] }), foundOf(layers));
  }
  // The same tokens a URL may carry: a slide is a link the app follows by itself.
  if (v.select !== null && !isToken(v.select)) throw new BriefingError(at('view.select'), phrase('expected.areaIdOrNull'), foundOf(v.select));
  if (!isToken(v.stat)) throw new BriefingError(at('view.stat'), phrase('expected.statName'), foundOf(v.stat));
  if (v.period !== undefined && v.period !== null && !isPeriod(v.period)) throw new BriefingError(at('view.period'), phrase('expected.periodOrNull'), foundOf(v.period));
  if (typeof v.coverage !== 'boolean') throw new BriefingError(at('view.coverage'), phrase('expected.trueOrFalse'), foundOf(v.coverage));
  if (typeof v.radius !== 'number' || !Number.isInteger(v.radius) || v.radius < RADIUS_MIN || v.radius > RADIUS_MAX) {
    throw new BriefingError(at('view.radius'), phrase('expected.radiusKm', { min: RADIUS_MIN, max: RADIUS_MAX }), foundOf(v.radius));
  }
  if (v.units !== 'pre2025' && v.units !== 'post2025') throw new BriefingError(at('view.units'), phrase('expected.unitsKey'), foundOf(v.units));
  return {
    title: o.title as string, notes: o.notes as string,
    view: { camera: parseCamera(v.camera, where), layers: layers as Slide['view']['layers'], select: v.select as string | null, stat: v.stat, ...(v.period === undefined ? {} : { period: v.period as string | null }), coverage: v.coverage, radius: v.radius, units: v.units },
  };
}

function parseCamera(c: unknown, slide: BriefingPlace): SlideCamera {
  const at = (key: string): BriefingPlace => ({ ...slide, key: `view.camera${key}` });
  const o = object(c, at(''), phrase('expected.cameraObject'));
  const numbers = (v: unknown, n: number) => Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'number' && Number.isFinite(x));
  const world = { lon: LON_MAX, lat: LAT_MAX };
  if ('bbox' in o) {
    const b = o.bbox as number[];
    if (!numbers(b, 4) || !isPosition(b[0], b[1]) || !isPosition(b[2], b[3]) || b[0]! >= b[2]! || b[1]! >= b[3]!) {
      throw new BriefingError(at('.bbox'), phrase('expected.cameraBbox', world), foundOf(o.bbox));
    }
    return { bbox: o.bbox as [number, number, number, number] };
  }
  if (!numbers(o.center, 2) || !isPosition((o.center as number[])[0], (o.center as number[])[1])) throw new BriefingError(at('.center'), phrase('expected.cameraCenter', world), foundOf(o.center));
  if (!isZoom(o.zoom)) throw new BriefingError(at('.zoom'), phrase('expected.numberFromTo', { min: 0, max: ZOOM_MAX }), foundOf(o.zoom));
  if (typeof o.bearing !== 'number' || !Number.isFinite(o.bearing)) throw new BriefingError(at('.bearing'), phrase('expected.number'), foundOf(o.bearing));
  if (typeof o.pitch !== 'number' || !(o.pitch >= 0 && o.pitch <= PITCH_MAX)) throw new BriefingError(at('.pitch'), phrase('expected.numberFromTo', { min: 0, max: PITCH_MAX }), foundOf(o.pitch));
  return { center: o.center as [number, number], zoom: o.zoom as number, bearing: o.bearing as number, pitch: o.pitch as number };
}

/**
 * What a file had, for a message: a short value as written (an array of
 * coordinates says more as itself than as "an array of 2"); long text by
 * its start and length, never whole.
 */
function foundOf(v: unknown): Phrase {
  if (typeof v === 'string') return v.length > 80 ? phrase('found.longText', { start: JSON.stringify(v.slice(0, 40)).slice(0, -1), n: v.length }) : describeValue(v);
  if (typeof v === 'object' && v !== null) {
    const json = JSON.stringify(v);
    return json.length <= 80 ? phrase('found.value', { value: json }) : describeValue(v);
  }
  return describeValue(v);
}

function object(v: unknown, where: BriefingPlace, expected: Phrase): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new BriefingError(where, expected, foundOf(v));
  return v as Record<string, unknown>;
}
