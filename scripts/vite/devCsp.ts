import type { Plugin } from 'vite';

/**
 * The dev server injects each CSS import as a <style> element, which the
 * built app's policy (style-src 'self') forbids; only under `npm start` is
 * inline style allowed. Script stays 'self' in both.
 */
export function devCsp(): Plugin {
  return {
    name: 'border-atlas-dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
  };
}
