/**
 * Issue #15's interactions in the built app, once ready: a click on a
 * commune until its panel shows, a statistic switch and a language switch,
 * each repeated with alternating targets in one page. For each: the script
 * of the input's own handlers (the trace's EventDispatch events: what runs
 * before the panel or legend can show, wall and thread CPU, and how much
 * of that CPU is style and layout the handlers forced), all script
 * until the map is idle again (Chromium's ScriptDuration), wall time to the
 * panel's content and to the map's idle, and main-thread tasks over 200 ms
 * (wall and CPU) from the input to idle. `npm run bench -- --only interactions`.
 *
 * Alone: `npx tsx scripts/bench/interactionBench.ts [--runs N] [--profile] <site>[,<site>…] <page>[,<page>…]`
 * alternates builds (before and after a change) page by page; `--profile`
 * prints where the handlers' time went (CPU profile over CDP).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pointOnFeature } from '@turf/turf';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { busyStretches } from './joinProfile.ts';
import { LOADED, median, VIEWPORT } from './measure.ts';
import { startStaticServer } from '../serve/staticServer.ts';
import { launchChromium } from '../../tests/e2e/helpers/browser.ts';

export type InteractionKind = 'click' | 'stat' | 'lang' | 'coverage';

export interface InteractionSample {
  kind: InteractionKind;
  /** What was asked for: the area that opened, the statistic, the language. */
  target: string;
  /** The input's handlers: wall and thread CPU, ms. */
  handlerMs: number;
  handlerCpuMs: number;
  /** Of the handlers' thread CPU, the style and layout they forced (Blink's UpdateLayoutTree and Layout): the rest is script. */
  layoutCpuMs: number;
  /** All script on the page's main thread from before the input until idle (ScriptDuration), ms. */
  scriptMs: number;
  /** From the input's event to the panel showing the area (clicks only), ms. */
  panelMs: number | null;
  /** From the input's event to the map's idle after it, ms. */
  idleMs: number;
  /** Main-thread tasks over 200 ms from the input to idle: wall and CPU, ms. */
  longTasks: { ms: number; cpuMs: number }[];
}

interface TraceEvent { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number; args?: { name?: string; data?: { type?: string } } }

const INPUT_EVENTS = new Set(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click', 'input', 'change']);

/** The page's script time so far (Chromium's ScriptDuration), ms. */
async function scriptSoFar(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
}

/** Points inside communes (one per commune, the largest first) from the dataset's own file. */
export function communePoints(datasetFolder: string, n = Infinity): { id: string; lngLat: [number, number] }[] {
  const fc = JSON.parse(readFileSync(join(datasetFolder, 'communes.geojson'), 'utf8')) as GeoJSON.FeatureCollection;
  const size = (f: GeoJSON.Feature) => {
    const xs: number[] = [];
    const ys: number[] = [];
    JSON.stringify(f.geometry).replace(/\[(-?[\d.]+),(-?[\d.]+)\]/g, (_, x: string, y: string) => (xs.push(Number(x)), ys.push(Number(y)), ''));
    return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
  };
  return fc.features
    .map((f) => ({ f, s: size(f) }))
    .sort((a, b) => b.s - a.s)
    .slice(0, n)
    .map(({ f }) => ({ id: String(f.properties?.id), lngLat: pointOnFeature(f as GeoJSON.Feature<GeoJSON.Polygon>).geometry.coordinates as [number, number] }));
}

/** Records, in the page, when an input starts (its event's time stamp) and when the panel shows another area. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { t0: number | null; panelAt: number | null; panelId: string | null } };
    w.__bench = { t0: null, panelAt: null, panelId: null };
    for (const type of ['pointerdown', 'input']) {
      document.addEventListener(type, (e) => { if (w.__bench.t0 === null) w.__bench.t0 = e.timeStamp; }, { capture: true });
    }
    new MutationObserver(() => {
      const id = document.querySelector('.panel')?.getAttribute('data-area-id') ?? null;
      if (id !== w.__bench.panelId && id !== null && document.querySelector('.panel .panel-title')) {
        w.__bench.panelId = id;
        w.__bench.panelAt = performance.now();
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-area-id'] });
  });
}

const idle = (page: Page) => page.evaluate(() => window.borderAtlas?.idle());

/** A pixel inside a commune, in the clear part of the map (not under the controls or the panel), or null. */
async function clickPoint(page: Page, points: { id: string; lngLat: [number, number] }[], not: string | null): Promise<{ id: string; x: number; y: number } | null> {
  return page.evaluate(({ points, not }) => {
    const map = document.querySelector('.layout-map')!.getBoundingClientRect();
    for (const p of points) {
      if (p.id === not) continue;
      const { x, y } = window.borderAtlas!.project(p.lngLat);
      const px = x + map.left;
      const py = y + map.top;
      // On the map's canvas, not under a control, the legend or the panel, and not at its very edge.
      const clear = px > map.left + 20 && px < map.right - 20 && py > map.top + 20 && py < map.bottom - 20 && document.elementFromPoint(px, py)?.tagName === 'CANVAS';
      if (clear) return { id: p.id, x: px, y: py };
    }
    return null;
  }, { points, not });
}

/**
 * One interaction, traced from just before the input until the map is idle
 * again (`idleOf`, the app's by default). Without an input event (a change
 * the bench makes itself, which sets `__bench.t0`), the handlers' figures are NaN.
 */
export async function once(page: Page, cdp: CDPSession, kind: InteractionKind, act: () => Promise<string>, idleOf = idle): Promise<InteractionSample> {
  const browser = page.context().browser()!;
  await page.evaluate(() => {
    const b = (window as unknown as { __bench: { t0: number | null; panelAt: number | null } }).__bench;
    b.t0 = null;
    b.panelAt = null;
  });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const script0 = await scriptSoFar(cdp);
  const target = await act();
  await idleOf(page);
  const idleAt = await page.evaluate(() => performance.now());
  const scriptMs = (await scriptSoFar(cdp)) - script0;
  const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const { t0, panelAt } = await page.evaluate(() => (window as unknown as { __bench: { t0: number; panelAt: number | null } }).__bench);
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const onMain = events.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
  // The input's own handlers: EventDispatch of its events, outermost only (a click's handler may dispatch more).
  const dispatches = onMain.filter((e) => e.name === 'EventDispatch' && INPUT_EVENTS.has(e.args?.data?.type ?? '')).sort((a, b) => a.ts - b.ts);
  let handlerMs = 0;
  let handlerCpuMs = 0;
  let layoutCpuMs = 0;
  let end = -Infinity;
  for (const e of dispatches) {
    if (e.ts < end) continue;
    end = e.ts + (e.dur ?? 0);
    handlerMs += (e.dur ?? 0) / 1000;
    handlerCpuMs += (e.tdur ?? 0) / 1000;
    const within = (x: TraceEvent) => x.ts >= e.ts && x.ts + (x.dur ?? 0) <= end;
    layoutCpuMs += onMain.filter((x) => (x.name === 'UpdateLayoutTree' || x.name === 'Layout') && within(x)).reduce((sum, x) => sum + (x.tdur ?? 0) / 1000, 0);
  }
  if (dispatches.length === 0) handlerMs = handlerCpuMs = layoutCpuMs = NaN;
  const first = dispatches[0]?.ts ?? 0;
  const longTasks = onMain
    .filter((e) => e.name === 'RunTask' && e.ts + (e.dur ?? 0) >= first && (e.dur ?? 0) > 200_000)
    .map((e) => ({ ms: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 }))
    .sort((a, b) => b.ms - a.ms);
  return { kind, target, handlerMs, handlerCpuMs, layoutCpuMs, scriptMs, panelMs: kind === 'click' && panelAt !== null ? panelAt - t0 : null, idleMs: idleAt - t0, longTasks };
}

export interface InteractionOptions {
  /** Repetitions of each interaction (alternating targets), after one not counted. */
  runs: number;
  /** Where each interaction's handlers spend their time, from a CPU profile, printed. */
  profile?: boolean;
}

/**
 * A page loaded in a context of its own and idle once `loaded` shows (the
 * app's: ready, and its figures in, which join after the first view), its
 * script time counted and its inputs timed: the caller closes the context.
 */
export async function openForInputs(browser: Browser, url: string, idleOf = idle, loaded = LOADED): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector(loaded, { timeout: 600_000 });
    await idleOf(page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await instrument(page);
    return { context, page, cdp };
  } catch (e) {
    await context.close();
    throw e;
  }
}

/** Loads the page once, then runs each interaction `runs` times (after one warm-up of each), alternating targets. */
export async function interactionFigures(browser: Browser, url: string, datasetFolder: string, opts: InteractionOptions): Promise<InteractionSample[]> {
  const { context, page, cdp } = await openForInputs(browser, url);
  try {
    const points = communePoints(datasetFolder);
    const stats = await page.$$eval('#stat-picker option', (os) => os.map((o) => (o as HTMLOptionElement).value));
    // Two activity statistics when the dataset has them: each switch then reads the activity table.
    const statTargets = stats.length >= 3 ? [stats[2]!, stats[1]!] : [stats[1] ?? stats[0]!, stats[0]!];
    let opened: string | null = null;
    const click = async () => {
      const at = await clickPoint(page, points, opened);
      if (!at) throw new Error(`${url}: no commune of ${datasetFolder} lies in the clear part of the map`);
      await page.mouse.move(at.x, at.y);
      await page.mouse.click(at.x, at.y);
      await page.waitForFunction((prev) => {
        const id = document.querySelector('.panel')?.getAttribute('data-area-id');
        return id && id !== prev ? id : null;
      }, opened, { timeout: 120_000 });
      opened = await page.evaluate(() => document.querySelector('.panel')!.getAttribute('data-area-id'));
      return opened ?? '';
    };
    const acts: Record<Exclude<InteractionKind, 'coverage'>, (i: number) => Promise<string>> = {
      click: () => click(),
      stat: async (i) => {
        const stat = statTargets[i % 2]!;
        await page.selectOption('#stat-picker', stat);
        return stat;
      },
      lang: async (i) => {
        const lang = i % 2 === 0 ? 'en' : 'vi';
        // The mouse itself, as for a commune: page.click's own checks run listeners inside the click's dispatch and force a layout there.
        const box = await page.locator(`button[data-lang="${lang}"]`).boundingBox();
        if (!box) throw new Error(`${url}: the ${lang} button is not on screen`);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        return lang;
      },
    };
    const out: InteractionSample[] = [];
    for (const kind of ['click', 'stat', 'lang'] as const) {
      // Not counted: the first click opens the side panel, which resizes the map; code is cold.
      await acts[kind](opts.runs);
      await idle(page);
      if (opts.profile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      for (let i = 0; i < opts.runs; i++) out.push(await once(page, cdp, kind, () => acts[kind](i)));
      if (opts.profile) {
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: Parameters<typeof busyStretches>[0] };
        console.log(`\n${kind}, ${url}: the busiest stretches (sampled, inclusive ms per function)`);
        for (const stretch of busyStretches(profile).slice(0, 3)) {
          console.log(`  stretch of ${stretch.ms.toFixed(0)} ms:`);
          const top = [...stretch.byName].filter(([name]) => !/^\((root|program|idle)\)/.test(name)).sort((a, b) => b[1] - a[1]).slice(0, 30);
          for (const [name, ms] of top) console.log(`    ${ms.toFixed(1).padStart(8)} ms  ${name}`);
        }
      }
    }
    return out;
  } finally {
    await context.close();
  }
}

const spread = (all: number[], digits = 1) => {
  const xs = all.filter(Number.isFinite);
  return xs.length === 0 ? '–' : `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
};
const NAMES: Record<InteractionKind, string> = { click: 'click on a commune → panel', stat: 'statistic switch', lang: 'language switch', coverage: 'coverage lines shown' };

/** One row per interaction measured: median (min–max) of each figure, and the long tasks. */
export function formatInteractions(label: string, samples: InteractionSample[], load: string, names: Partial<Record<InteractionKind, string>> = NAMES): string {
  const kinds = (['click', 'stat', 'lang'] as const).filter((kind) => samples.some((x) => x.kind === kind));
  const rows = kinds.map((kind) => {
    const s = samples.filter((x) => x.kind === kind);
    const tasks = s.flatMap((x) => x.longTasks);
    const longest = tasks.sort((a, b) => b.ms - a.ms)[0];
    const mostCpu = Math.max(0, ...tasks.map((t) => t.cpuMs));
    const panel = s.map((x) => x.panelMs).filter((v): v is number => v !== null);
    return `| ${label} | ${names[kind] ?? NAMES[kind]} | ${s.length} | ${spread(s.map((x) => x.handlerMs))} | ${spread(s.map((x) => x.handlerCpuMs))} | ${spread(s.map((x) => x.handlerCpuMs - x.layoutCpuMs))} | ${spread(s.map((x) => x.layoutCpuMs))} | ${spread(s.map((x) => x.scriptMs), 0)} | ${kind === 'click' ? spread(panel, 0) : ''} | ${spread(s.map((x) => x.idleMs), 0)} | ${tasks.length}${longest ? `, longest ${longest.ms.toFixed(0)} ms (cpu ${longest.cpuMs.toFixed(0)}), most cpu ${mostCpu.toFixed(0)} ms` : ''} | ${load} |`;
  });
  return rows.join('\n');
}

export const INTERACTIONS_HEADER = [
  '| page | interaction | runs | input handlers, script wall ms: median (min–max) | handlers, thread CPU ms | of which script | of which style and layout they forced | all script until idle, ms | input → panel shown, ms | input → map idle, ms | tasks over 200 ms (input → idle) | load |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
].join('\n');

/** A copy of a build with the national dataset under data/national, allowed in the copy's border-atlas-datasets meta (as benchSite does, without the bare pages). */
function siteWith(dist: string, national: string): { root: string; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'border-atlas-interactions-'));
  cpSync(dist, root, { recursive: true });
  cpSync(national, join(root, 'data/national'), { recursive: true });
  const index = join(root, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace(/(<meta name="border-atlas-datasets" content=")[^"]*"/, '$1data/national"'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : undefined);
  const flag = (name: string) => (args.includes(name) ? (args.splice(args.indexOf(name), 1), true) : false);
  const runs = Number(opt('--runs') ?? 5);
  const rounds = Number(opt('--rounds') ?? 1);
  const profile = flag('--profile');
  const national = resolve(opt('--national') ?? '.scratch/synthetic-10000-1');
  const datasets = (opt('--datasets') ?? 'demo,national').split(',');
  const sites = args.length > 0 ? args : [resolve(import.meta.dirname, '../../dist')];
  // Each build served with the national dataset under data/national, allowed by the copy's meta (as benchSite does).
  const built = sites.map((s) => siteWith(resolve(s), national));
  const servers = await Promise.all(built.map((b) => startStaticServer({ root: b.root, base: '/maps/atlas/' })));
  const browser = await launchChromium();
  try {
    console.log(`interactions, Chromium ${browser.version()}, ${cpus().length} cores, ${new Date().toISOString()}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
    console.log(INTERACTIONS_HEADER);
    for (let round = 0; round < rounds; round++) {
      for (const dataset of datasets) {
        for (const [k, server] of servers.entries()) {
          const folder = dataset === 'demo' ? resolve(import.meta.dirname, '../../data/demo') : national;
          const samples = await interactionFigures(browser, server.url + (dataset === 'demo' ? '' : '?dataset=data/national'), folder, { runs, profile });
          console.log(formatInteractions(`${dataset}, ${sites[k]}`, samples, loadavg()[0]!.toFixed(1)));
        }
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
    for (const b of built) b.remove();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
