import type { Browser, Page } from 'playwright-core';
import { sampleCpu, type ProcessCpu } from './processCpu.ts';

export interface LoadSample {
  /** ms from navigation start to #app[data-map-ready]. */
  readyMs: number;
  /** JS heap used once ready, after a full garbage collection, with the activity file not yet in (held back until measured), bytes. */
  heapBytes: number;
  /** The page's performance marks named ba:… (start-up phases), ms from navigation start. */
  phases: Record<string, number>;
  /** Main-thread tasks over 50 ms until ready, ms each. */
  longTasks: number[];
  /** Script run on the page's main thread until ready, ms (Chromium's ScriptDuration). */
  scriptMs: number;
  /** CPU used by the browser's processes from navigation until ready, by kind; null off Linux. */
  cpu: ProcessCpu | null;
}

export const VIEWPORT = { width: 1280, height: 800 };

/** The app loaded whole: its first view ready, and its figures in, which join after it. Inputs are timed from here. */
export const LOADED = '#app[data-map-ready][data-figures-ready]';

/** Records long tasks and the moment #app gets data-map-ready, from before the page's own scripts run. */
async function instrument(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __readyAt: number; __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver((_, obs) => {
      if (document.getElementById('app')?.hasAttribute('data-map-ready')) {
        w.__readyAt = performance.now();
        obs.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
  });
}

/** A page opened cold in a fresh context (empty cache), left open for more measures; close its context when done. */
export async function openMeasured(browser: Browser, url: string): Promise<{ page: Page; sample: LoadSample; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await instrument(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // The activity file is asked for once the first view is drawn, when the heap is measured: its bytes, arriving
  // meanwhile, were counted in some loads (+20 MB national) and not in others. Its response waits until then.
  // (The pages measured open on a view that does not need the figures, so ready never waits for them.)
  const held: string[] = [];
  cdp.on('Fetch.requestPaused', (e: { requestId: string }) => {
    held.push(e.requestId);
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*/activity.json', requestStage: 'Response' }] });
  const sampler = sampleCpu();
  await page.goto(url);
  await page.waitForSelector('#app[data-map-ready]', { timeout: 300_000 });
  const cpu = sampler.stop();
  const { readyMs, phases, longTasks } = await page.evaluate(() => {
    const w = window as unknown as { __readyAt: number; __longTasks: number[] };
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('ba:'));
    return { readyMs: w.__readyAt, phases: Object.fromEntries(marks.map((m) => [m.name.slice(3), m.startTime])), longTasks: w.__longTasks };
  });
  const metrics = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const scriptMs = (metrics.metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  for (const requestId of held) await cdp.send('Fetch.continueResponse', { requestId });
  await cdp.send('Fetch.disable');
  return { page, sample: { readyMs, heapBytes: heap.usedSize, phases, longTasks, scriptMs, cpu }, close: () => context.close() };
}

/** One cold load: time to map idle, phases, and heap then. */
export async function measureLoad(browser: Browser, url: string): Promise<LoadSample> {
  const opened = await openMeasured(browser, url);
  await opened.close();
  return opened.sample;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
