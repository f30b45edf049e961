import type { ToggleLayer, Units } from '../state/schema.ts';

/** Where the map looks: a camera as captured, or an extent to fit (for briefings written by hand). */
export type SlideCamera =
  | { center: [number, number]; zoom: number; bearing: number; pitch: number }
  | { bbox: [number, number, number, number] };

/** Everything a slide restores: the camera and the state keys that change what the map shows. */
export interface SlideView {
  camera: SlideCamera;
  layers: ToggleLayer[];
  select: string | null;
  stat: string;
  /**
   * The period shown (first--last day), null for all periods. Optional:
   * briefings written before there was a choice have none and show all
   * periods, as they did when they were made.
   */
  period?: string | null;
  coverage: boolean;
  radius: number;
  units: Units;
}

export interface Slide {
  title: string;
  /** Speaker notes, shown to the presenter only. */
  notes: string;
  view: SlideView;
}

/** A briefing: slides made from views of the map, saved in the browser or shipped with a dataset. */
export interface Briefing {
  /** Letters, digits, - and _: it goes in the URL as present=<id>. */
  id: string;
  title: string;
  slides: Slide[];
}
