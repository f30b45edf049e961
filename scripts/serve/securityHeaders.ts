/**
 * The app's Content-Security-Policy, as index.html's meta tag carries it and
 * as a server should send it (docs/embedding.md gives header sets for
 * common servers). Sent as a header it also governs the workers, which a
 * meta tag does not reach, and it can say who may frame the map.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; worker-src 'self' blob:; img-src 'self' data: blob:; style-src 'self'; font-src 'self' data:; connect-src 'self' data: blob:; object-src 'none'; base-uri 'self'; form-action 'none'";

/**
 * The policy as a header, with the pages allowed to frame the map: the
 * embedding origins the site lists, for the embed view only (`embed=1`);
 * the full app, whose clicks and panels are the user's own, only by pages
 * of its own site.
 */
export function securityHeaders(frameAncestors: readonly string[] = [], embed = true): Record<string, string> {
  const frames = embed ? frameAncestors.map((o) => ` ${o}`).join('') : '';
  return {
    'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'${frames}`,
    'X-Content-Type-Options': 'nosniff',
  };
}
