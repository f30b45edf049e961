import type { Browser } from 'playwright-core';

export interface LoadSample {
  /** ms from navigation start to #app[data-map-ready]. */
  readyMs: number;
  /** JS heap used once ready, bytes. */
  heapBytes: number;
}

/** One cold load in a fresh context (empty cache): time to map idle and heap used then. */
export async function measureLoad(browser: Browser, url: string): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.getElementById('app')?.hasAttribute('data-map-ready')) {
        (window as unknown as { __readyAt: number }).__readyAt = performance.now();
        obs.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
  });
  await page.goto(url);
  await page.waitForSelector('#app[data-map-ready]', { timeout: 60_000 });
  const readyMs = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  const cdp = await context.newCDPSession(page);
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await context.close();
  return { readyMs, heapBytes: heap.usedSize };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
