/** Schemes a link from data may have: pages and mail. Anything else (javascript:, data:, file:) could run or read something. */
const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * A link from data as it may reach an `href`, or null. Parsed as the browser
 * would (leading spaces, control characters and upper case do not hide a
 * scheme), and only absolute: a relative link would resolve against
 * whatever page the map is embedded in.
 */
export function safeUrl(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  try {
    const url = new URL(raw.trim());
    return ALLOWED.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}
