import type { AppState } from '../state/schema.ts';
import { formatUrl, parseState } from '../state/url.ts';

/** Every message of the host page API starts with this, so others' messages are told apart. */
export const PREFIX = 'border-atlas:';

/** What a host page may ask: set some state keys (as the URL writes them), or the current state. */
export type Command = { type: 'border-atlas:set'; state: Record<string, string> } | { type: 'border-atlas:get' };

/** What the map tells its host: it is ready, its state changed, the height it would like. */
export type Announcement =
  | { type: 'border-atlas:ready'; state: Record<string, string> }
  | { type: 'border-atlas:state'; state: Record<string, string> }
  | { type: 'border-atlas:height'; height: number };

/** Not ours (null), ours and usable, or ours and malformed (a message saying why). */
export function parseCommand(data: unknown): Command | string | null {
  if (!data || typeof data !== 'object' || typeof (data as { type?: unknown }).type !== 'string') return null;
  const { type, state } = data as { type: string; state?: unknown };
  if (!type.startsWith(PREFIX)) return null;
  if (type === 'border-atlas:get') return { type };
  if (type !== 'border-atlas:set') return `unknown message type ${JSON.stringify(type)}: expected "border-atlas:set" or "border-atlas:get"`;
  if (!state || typeof state !== 'object' || Array.isArray(state)) return '"state" must be an object of URL keys, e.g. { "select": "12" }';
  const entries = Object.entries(state as Record<string, unknown>);
  const bad = entries.find(([, v]) => typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean' && v !== null);
  if (bad) return `"state.${bad[0]}" must be text, a number, true, false or null`;
  return { type, state: Object.fromEntries(entries.map(([k, v]) => [k, v === null ? '' : String(v)])) };
}

/** The state as the URL writes it: query keys, and `map` for the hash's camera. */
export function stateParams(state: AppState): Record<string, string> {
  const [search = '', hash = ''] = formatUrl(state).split('#');
  return { ...Object.fromEntries(new URLSearchParams(search)), ...Object.fromEntries(new URLSearchParams(hash)) };
}

/**
 * The state with some URL keys set: an empty value removes the key (back to
 * its default), and values are checked exactly as a URL's are.
 */
export function withParams(state: AppState, params: Record<string, string>): AppState {
  const merged = { ...stateParams(state), ...params };
  const { map, ...query } = merged;
  const search = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== ''));
  const next = parseState(`?${search}`, map ? `#map=${map}` : '');
  // A dataset the keys do not name stays as it was: a page's own choice (an element's absolute path) is not a link's to re-check.
  return 'dataset' in params ? next : { ...next, dataset: state.dataset };
}

/** Commands are obeyed from the map's own origin and the origins the site lists, nothing else. */
export function isAllowedOrigin(origin: string, own: string, allowed: readonly string[]): boolean {
  return origin === own || allowed.includes(origin);
}
