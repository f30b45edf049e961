/**
 * What a URL and a briefing may both carry, checked the same way in both:
 * a value one accepts and the other refuses would let a shared slide break
 * what a shared link cannot.
 */

/** Ids and statistic names: short, URL-safe, and never a name every object already has ("__proto__", "constructor"). */
const TOKEN = /^[A-Za-z0-9_\-.]{1,64}$/;
export function isToken(v: unknown): v is string {
  return typeof v === 'string' && TOKEN.test(v) && !(v in Object.prototype);
}

/**
 * A period as its first and last day, ISO 8601 dates joined by "--" (the
 * standard's alternative to "/", which a query string would write as %2F):
 * 2024-01-01--2024-06-30.
 */
const PERIOD = /^(\d{4}-\d{2}-\d{2})--(\d{4}-\d{2}-\d{2})$/;
export function isPeriod(v: unknown): v is string {
  const m = typeof v === 'string' ? PERIOD.exec(v) : null;
  return m !== null && (m[1] as string) <= (m[2] as string);
}

/** The camera MapLibre can show: Web Mercator stops at ±85.06° latitude. */
export const ZOOM_MAX = 22;
export const LAT_MAX = 85.06;
export const LON_MAX = 180;
export const PITCH_MAX = 85;

export function isPosition(lon: unknown, lat: unknown): boolean {
  return typeof lon === 'number' && typeof lat === 'number' && Math.abs(lon) <= LON_MAX && Math.abs(lat) <= LAT_MAX;
}

export function isZoom(z: unknown): z is number {
  return typeof z === 'number' && z >= 0 && z <= ZOOM_MAX;
}

/**
 * Sizes that keep a briefing editable within a frame and a store within
 * the browser's quota: a slide title fits a line, notes a page.
 */
export const BRIEFING_LIMITS = { slides: 100, title: 200, notes: 5000 } as const;
