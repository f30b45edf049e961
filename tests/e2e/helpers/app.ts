import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../scripts/serve/staticServer.ts';
import { securityHeaders } from '../../../scripts/serve/securityHeaders.ts';
import { launchChromium, openPage, type OpenedPage } from './browser.ts';

const DIST = resolve(import.meta.dirname, '../../../dist');

/**
 * The built app served under a sub-path, as a portal would host it, and one
 * Chromium for the file's tests. Call at the top of a test file.
 */
export function useBuiltApp(): { open(query?: string, viewport?: { width: number; height: number }, before?: (page: Page) => Promise<void>): Promise<OpenedPage>; url(): string } {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(resolve(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: run "npm run build" (npm test does) first`);
    // Served with the policy as a header, as docs/embedding.md tells hosts to: it reaches the workers too, and a
    // violation anywhere is a console error every test fails on. Any port of this host may frame the embed view
    // (the embedding tests host it on a second server); the full app, only its own origin.
    server = await startStaticServer({ root: DIST, base: '/maps/atlas/', headers: (url) => securityHeaders(['http://127.0.0.1:*'], url.searchParams.get('embed') === '1') });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    open: (query = '', viewport, before) => openPage(browser, `${server.url}${query}`, viewport, before),
    url: () => server.url,
  };
}
