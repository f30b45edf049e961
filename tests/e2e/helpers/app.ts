import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../scripts/serve/staticServer.ts';
import { securityHeaders } from '../../../scripts/serve/securityHeaders.ts';
import { launchChromium, mapReady, openPage, type OpenedPage } from './browser.ts';

const DIST = resolve(import.meta.dirname, '../../../dist');

/**
 * The built app served under a sub-path, as a portal would host it, and one
 * Chromium for the file's tests. Call at the top of a test file.
 *
 * A page opened inside a test (or its beforeEach) is closed when the test
 * ends: a page left open keeps its map, its workers and any picture it is
 * still drawing busy while the next tests run. A page opened in a beforeAll,
 * to be shared by the tests of a file, lives until the file ends.
 */
export function useBuiltApp(): {
  open(query?: string, viewport?: { width: number; height: number }, before?: (page: Page) => Promise<void>): Promise<OpenedPage>;
  url(): string;
  /** A page like open's, on about:blank: for a test that goes on to a host page of its own, without first loading the app for nothing. */
  blank(viewport?: { width: number; height: number }): Promise<OpenedPage>;
  /**
   * One page for the tests of the describe block it is called in: opened at
   * `query` and drawn once before them, closed after them. Returns a getter
   * for use inside the tests. The tests share its state: each takes the page
   * where it needs it (goTo) and undoes what it opened, and the block is
   * best declared with describe.sequential. `before` runs before the page
   * loads, as open's does (routes, listeners that must see the load).
   */
  shared(query?: string, viewport?: { width: number; height: number }, before?: (page: Page) => Promise<void>): () => OpenedPage;
} {
  let server: StaticServer;
  let browser: Browser;
  let inTest = false;
  const openedInTest: BrowserContext[] = [];
  beforeAll(async () => {
    if (!existsSync(resolve(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: run "npm run build" (npm test does) first`);
    // Served with the policy as a header, as docs/embedding.md tells hosts to: it reaches the workers too, and a
    // violation anywhere is a console error every test fails on. Any port of this host may frame the embed view
    // (the embedding tests host it on a second server); the full app, only its own origin.
    server = await startStaticServer({ root: DIST, base: '/maps/atlas/', headers: (url) => securityHeaders(['http://127.0.0.1:*'], url.searchParams.get('embed') === '1') });
    browser = await launchChromium();
  });
  beforeEach(() => { inTest = true; });
  afterEach(async () => {
    inTest = false;
    await Promise.all(openedInTest.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const openAt = async (url: string, viewport?: { width: number; height: number }, before?: (page: Page) => Promise<void>) => {
    const opened = await openPage(browser, url, viewport, before);
    if (inTest) openedInTest.push(opened.page.context());
    return opened;
  };
  const open = (query = '', viewport?: { width: number; height: number }, before?: (page: Page) => Promise<void>) => openAt(`${server.url}${query}`, viewport, before);
  return {
    open,
    blank: (viewport) => openAt('about:blank', viewport),
    shared: (query = '', viewport, before) => {
      let opened: OpenedPage | undefined;
      beforeAll(async () => {
        opened = await open(query, viewport, before);
        await mapReady(opened.page);
      });
      afterAll(async () => { await opened?.page.context().close(); });
      return () => {
        if (!opened) throw new Error('the shared page is opened by a beforeAll: call shared() in a describe block and use its page inside the tests');
        return opened;
      };
    },
    url: () => server.url,
  };
}
