/**
 * What the page's main thread does when an opened file joins the map: drops
 * a file in the built app (give an unminified build for readable names:
 * `npx vite build --minify false --outDir /tmp/prof`), records a CPU profile
 * (Chrome's Profiler, over CDP) and every long task from the drop until the
 * map is idle again, and prints the longest tasks and where their time went.
 *
 *   npx tsx scripts/bench/joinProfile.ts [dist folder] [runs]
 *   npx tsx scripts/bench/joinProfile.ts --compare <dist A> <dist B> [runs]
 *
 * The second form alternates loads of two builds (before and after a
 * change, on a machine whose load varies) and prints the long tasks of each
 * join, without a profiler.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../serve/staticServer.ts';
import { LOADED } from './measure.ts';
import { launchChromium } from '../../tests/e2e/helpers/browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

/** The files a user drops, as made in the page: stations inside the demo's area, and commune outlines keyed to its communes. */
export const JOIN_FILES = {
  stations: (n: number) => ({
    name: 'stations.geojson',
    text: JSON.stringify({ type: 'FeatureCollection', features: Array.from({ length: n }, (_, i) => ({ type: 'Feature', properties: { id: `s${i}`, name: `Đồn ${i}`, kind: 'station' }, geometry: { type: 'Point', coordinates: [103.0 + (i % 50) * 0.01, 22.3 + Math.floor(i / 50) * 0.01] } })) }),
  }),
};

/** Drops a file as a user would, and resolves once its report is shown and the map has drawn it. */
export async function dropAndWait(page: Page, file: { name: string; text: string }): Promise<void> {
  await page.evaluate(({ name, text }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'application/geo+json' }));
    const stage = document.querySelector('.layout-stage')!;
    for (const type of ['dragenter', 'dragover', 'drop']) stage.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, file);
  await page.locator(`.report-file[data-file-name="${file.name}"]`).waitFor({ timeout: 300_000 });
  await page.evaluate(() => window.borderAtlas?.idle());
}

/** Starts recording long tasks in the page; the returned function gives their durations, longest first. */
export async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasks.push(e.duration); }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => [...(window as unknown as { longTasks: number[] }).longTasks].sort((a, b) => b - a));
}

/**
 * The profile cut into busy stretches (samples between idle ones: about one
 * task each), longest first, each with the inclusive time (ms) per function
 * name; recursion counted once per stack.
 */
export function busyStretches(profile: Profile): { ms: number; byName: Map<string, number> }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stretches: { ms: number; byName: Map<string, number> }[] = [];
  let current: { ms: number; byName: Map<string, number> } | null = null;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const fn = byId.get(id)!.callFrame.functionName;
    if (fn === '(idle)') {
      current = null;
      return;
    }
    if (!current) stretches.push((current = { ms: 0, byName: new Map() }));
    current.ms += dt;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      if (seen.has(name)) continue;
      seen.add(name);
      current.byName.set(name, (current.byName.get(name) ?? 0) + dt);
    }
  });
  return stretches.sort((a, b) => b.ms - a.ms);
}

/** A main-thread task from Chrome's trace: wall time, the CPU time the thread got (what the machine's load does not stretch), and what it was. */
export interface TracedTask {
  ms: number;
  cpuMs: number;
  /** The longest events inside it (script by function, layout, paint, message, GC…), each with its wall and CPU ms, nested ones indented; and what no event inside accounts for. */
  what: string[];
}

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string; data?: Record<string, unknown> } }

/** An event as one line: its name and, for script, the function and file, for an event its type. */
function label(e: TraceEvent): string {
  const d = e.args?.data ?? {};
  const fn = typeof d.functionName === 'string' ? `${d.functionName || '(anonymous)'} ${String(d.url ?? '').split('/').pop()}:${Number(d.lineNumber ?? 0) + 1}` : null;
  const detail = fn ?? (typeof d.type === 'string' ? d.type : null) ?? (typeof d.url === 'string' ? String(d.url).split('/').pop() : null);
  return detail ? `${e.name} ${detail}` : e.name;
}

/**
 * The events inside a task, as lines: every one over `minMs` (or the
 * longest few under it), indented by depth, with the time left over that no
 * event inside accounts for (native work such as copying a message in).
 */
function describe(task: TraceEvent, inside: TraceEvent[], minMs = 15): string[] {
  const end = task.ts + (task.dur ?? 0);
  const within = inside.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 0).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const lines: string[] = [];
  const stack: TraceEvent[] = [];
  let topLevel = 0;
  for (const e of within) {
    while (stack.length > 0 && e.ts >= stack[stack.length - 1]!.ts + (stack[stack.length - 1]!.dur ?? 0)) stack.pop();
    if (stack.length === 0) topLevel += e.dur ?? 0;
    if ((e.dur ?? 0) >= minMs * 1000 && stack.length < 6) lines.push(`${'  '.repeat(stack.length)}${label(e)}: ${((e.dur ?? 0) / 1000).toFixed(0)} ms (cpu ${((e.tdur ?? 0) / 1000).toFixed(0)})`);
    stack.push(e);
  }
  const rest = ((task.dur ?? 0) - topLevel) / 1000;
  if (rest >= minMs) lines.push(`outside any traced event: ${rest.toFixed(0)} ms`);
  return lines;
}

/**
 * Runs `act` with Chrome's tracing on, and returns the page's main-thread
 * tasks over `overMs` (50), longest first, each with what it was. On a
 * shared machine the wall time of a task grows with the load; its thread
 * time (CPU) much less.
 */
export async function tracedTasks(page: Page, act: () => Promise<void>, overMs = 50): Promise<TracedTask[]> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink', 'blink.user_timing'] });
  await act();
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  return onMain
    .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > overMs * 1000)
    .map((e) => ({ ms: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000, what: describe(e, onMain.filter((o) => o.pid === e.pid && o.tid === e.tid)) }))
    .sort((a, b) => b.ms - a.ms);
}

/** One join in a fresh page of the build served at `url`: its main-thread tasks over 50 ms, longest first. */
async function joinTasks(browser: Awaited<ReturnType<typeof launchChromium>>, url: string, stations: number): Promise<TracedTask[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(LOADED, { timeout: 60_000 });
  await page.evaluate(() => window.borderAtlas?.idle());
  const out = await tracedTasks(page, () => dropAndWait(page, JOIN_FILES.stations(stations)));
  await context.close();
  return out;
}

async function compare(distA: string, distB: string, runs: number): Promise<void> {
  const a = await startStaticServer({ root: resolve(distA), base: '/maps/atlas/' });
  const b = await startStaticServer({ root: resolve(distB), base: '/maps/atlas/' });
  const browser = await launchChromium();
  const fmt = (xs: TracedTask[]) => xs.map((t) => `${t.ms.toFixed(0)} (cpu ${t.cpuMs.toFixed(0)})`).join(', ') || 'none';
  try {
    for (let run = 0; run < runs; run++) {
      for (const [label, server] of [['A', a], ['B', b]] as const) {
        console.log(`run ${run + 1} ${label}: main-thread tasks over 50 ms (ms): ${fmt(await joinTasks(browser, server.url, 500))}`);
      }
    }
  } finally {
    await browser.close();
    await a.close();
    await b.close();
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === '--compare') return compare(process.argv[3]!, process.argv[4]!, Number(process.argv[5] ?? 5));
  const dist = resolve(process.argv[2] ?? resolve(ROOT, 'dist'));
  const runs = Number(process.argv[3] ?? 3);
  const server = await startStaticServer({ root: dist, base: '/maps/atlas/' });
  const browser = await launchChromium();
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForSelector(LOADED, { timeout: 60_000 });
      await page.evaluate(() => window.borderAtlas?.idle());
      const tasks = await watchLongTasks(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await dropAndWait(page, JOIN_FILES.stations(500));
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const longest = await tasks();
      console.log(`run ${run + 1}: long tasks (ms): ${longest.map((d) => d.toFixed(0)).join(', ') || 'none'}`);
      for (const stretch of busyStretches(profile).slice(0, 3)) {
        console.log(`  busy stretch of ${stretch.ms.toFixed(0)} ms (sampled JavaScript and what it waits on):`);
        const top = [...stretch.byName].filter(([name]) => !/^\((root|program|idle)\)/.test(name)).sort((a, b) => b[1] - a[1]).slice(0, 25);
        for (const [name, ms] of top) console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${name}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
