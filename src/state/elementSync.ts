import type { AppState } from './schema.ts';
import type { StateSource } from './StateSource.ts';
import { parseState } from './url.ts';

/** The attributes <border-atlas> reads: the URL's keys, `map` for the hash's camera. */
export const ELEMENT_KEYS = ['dataset', 'lang', 'select', 'stat', 'period', 'layers', 'view', 'radius', 'units', 'map', 'panel', 'controls'] as const;

/**
 * State from a custom element's attributes, checked as a URL's are, always
 * in embed mode. The dataset may be any address: the page's author chose it,
 * unlike one a link names.
 */
export class ElementSync implements StateSource {
  readonly ownsPage = false;

  constructor(private el: Element, private onWrite: (state: AppState) => void) {}

  read(): AppState {
    const q = new URLSearchParams({ embed: '1' });
    for (const key of ELEMENT_KEYS) {
      const v = this.el.getAttribute(key);
      if (v !== null && key !== 'map' && key !== 'dataset') q.set(key, v);
    }
    const map = this.el.getAttribute('map');
    const state = parseState(`?${q}`, map ? `#map=${map}` : '');
    const dataset = this.el.getAttribute('dataset');
    return dataset ? { ...state, dataset } : state;
  }

  /** The element tells its page instead of writing an address. */
  write(state: AppState): void {
    this.onWrite(state);
  }

  remove(): void {}
}
