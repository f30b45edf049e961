import type { Browser } from 'playwright-core';
import { LOADED, median, openMeasured } from './measure.ts';

export interface CoverageInBrowser {
  /** ms from the click on the switch to the figures in the panel. */
  readyMs: number;
  /** Main-thread tasks over 50 ms between the click and the figures. */
  longTasks: number[];
  /** ms from the click to the map's idle with the figures drawn. */
  idleMs: number;
  /** Main-thread tasks over 50 ms from the click to that idle: the frames that draw the figures too. */
  longTasksToIdle: number[];
  /** Script each radius step runs on the page (the slider's input handler: figures, map data, panel), ms. */
  stepMs: number[];
}

/**
 * The coverage view in the app, once loaded: switched on by its checkbox,
 * then the radius slider moved 5 km at a time from 5 to 50 km, waiting for
 * the map to idle between steps, as a planner's deliberate moves would.
 */
export async function coverageInBrowser(browser: Browser, url: string): Promise<CoverageInBrowser> {
  const { page, close } = await openMeasured(browser, url);
  try {
    // The figures join after the first view: the switch is timed once they are in, not beside their arrival.
    await page.waitForSelector(LOADED, { timeout: 600_000 });
    const ready = await page.evaluate(async () => {
      const w = window as unknown as { __longTasks: number[] };
      const before = w.__longTasks.length;
      const t0 = performance.now();
      const shown = new Promise<void>((resolve) => {
        new MutationObserver((_, obs) => {
          if (!document.querySelector('.coverage-headline')) return;
          obs.disconnect();
          resolve();
        }).observe(document, { subtree: true, childList: true });
      });
      document.querySelector<HTMLInputElement>('#coverage-toggle')!.click();
      await shown;
      const readyMs = performance.now() - t0;
      const longTasks = w.__longTasks.slice(before);
      await (window as unknown as { borderAtlas: { idle(): Promise<void> } }).borderAtlas.idle();
      // A task still running when idle resolves is reported after it: one more task's turn.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { readyMs, longTasks, idleMs: performance.now() - t0, longTasksToIdle: w.__longTasks.slice(before) };
    });
    const stepMs: number[] = [];
    for (let r = 5; r <= 50; r += 5) {
      stepMs.push(await page.evaluate((radius) => {
        const input = document.querySelector<HTMLInputElement>('#coverage-radius')!;
        input.value = String(radius);
        const t = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return performance.now() - t;
      }, r));
      await page.evaluate(() => (window as unknown as { borderAtlas: { idle(): Promise<void> } }).borderAtlas.idle());
    }
    return { ...ready, stepMs };
  } finally {
    await close();
  }
}

export function formatCoverageInBrowser(dataset: string, runs: CoverageInBrowser[]): string {
  const steps = runs.flatMap((r) => r.stepMs);
  const ready = runs.map((r) => r.readyMs);
  const longest = runs.map((r) => Math.max(0, ...r.longTasks));
  const idle = runs.map((r) => r.idleMs);
  const toIdle = runs.map((r) => Math.max(0, ...r.longTasksToIdle));
  const over = runs.reduce((n, r) => n + r.longTasksToIdle.filter((t) => t > 200).length, 0);
  return [
    `| ${dataset} | ${median(ready).toFixed(0)} ms (${Math.min(...ready).toFixed(0)}–${Math.max(...ready).toFixed(0)}) | ${median(longest).toFixed(0)} ms | ${median(idle).toFixed(0)} ms | ${median(toIdle).toFixed(0)} ms (max ${Math.max(...toIdle).toFixed(0)}); ${over} over 200 ms in ${runs.length} switches | ${median(steps).toFixed(1)} ms, slowest ${Math.max(...steps).toFixed(1)} ms |`,
  ].join('\n');
}
