import type { Slide } from '../briefing/Briefing.ts';
import type { MapController, Padding } from '../map/createMap.ts';
import type { AppState } from '../state/schema.ts';

export interface SlideTarget {
  map: MapController;
  getState(): AppState;
  apply(next: AppState, history: 'push' | 'replace' | 'none'): void;
  /** Space a presented slide's own card takes over the map, for its extent to be fitted clear of it. */
  slidePadding?(): Padding;
}

/** Restores a slide: its state keys through the one state, its camera on the map; a slide made before periods shows all of them. */
export function applySlide(target: SlideTarget, slide: Slide, animate: boolean, extra: Partial<AppState> = {}): void {
  const { camera, ...keys } = slide.view;
  target.apply({ ...target.getState(), ...keys, period: keys.period ?? null, layers: [...keys.layers], ...extra }, 'replace');
  target.map.goTo(camera, animate, target.slidePadding?.());
}
