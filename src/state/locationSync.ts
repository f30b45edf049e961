import type { AppState } from './schema.ts';
import type { StateSource } from './StateSource.ts';
import { formatUrl, parseUrl, type Ignored } from './url.ts';

/**
 * The one place the app reads and writes the browser's address. A new
 * selection pushes a history entry so back and forward step through what the
 * user opened; everything else replaces the entry so the history is not
 * flooded (the camera, written when a move ends, among them).
 */
export class LocationSync implements StateSource {
  readonly ownsPage = true;
  private readonly onPop: () => void;

  constructor(private readonly win: Window, onChange: (state: AppState) => void) {
    this.onPop = () => onChange(this.read());
    win.addEventListener('popstate', this.onPop);
  }

  private lastIgnored: Ignored[] = [];

  read(): AppState {
    const { state, ignored } = parseUrl(this.win.location.search, this.win.location.hash);
    this.lastIgnored = ignored;
    return state;
  }

  ignored(): Ignored[] {
    return this.lastIgnored;
  }

  write(state: AppState, mode: 'push' | 'replace'): void {
    const tail = formatUrl(state);
    if (tail === `${this.win.location.search}${this.win.location.hash}`) return;
    const url = `${this.win.location.pathname}${tail}`;
    if (mode === 'push') this.win.history.pushState(null, '', url);
    else this.win.history.replaceState(null, '', url);
  }

  remove(): void {
    this.win.removeEventListener('popstate', this.onPop);
  }
}
