import type { AppState } from './schema.ts';
import type { Ignored } from './url.ts';

/**
 * Where the app's state lives outside the app: the page's URL for the app
 * as a page, a custom element's attributes for <border-atlas>.
 */
export interface StateSource {
  read(): AppState;
  /** What the last read could not use (unknown keys, bad values), to tell the user; none where nobody typed the source. */
  ignored?(): Ignored[];
  write(state: AppState, mode: 'push' | 'replace'): void;
  remove(): void;
  /** The app owns the page: its address, its language and the window's messages are the app's to use. */
  readonly ownsPage: boolean;
}
