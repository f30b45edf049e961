/**
 * The worst file shapes of issue #13, dropped into the built app in
 * Chromium: how long the page's longest main-thread task lasts (a
 * PerformanceObserver for long tasks), how much memory the browser's
 * processes reach (resident memory read from /proc while the file is
 * checked), whether the tab lives, and whether the importer takes the next
 * file. `npm run bench -- --only bigfiles`.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { tracedTasks, type TracedTask } from './joinProfile.ts';
import { LOADED } from './measure.ts';
import { startStaticServer } from '../serve/staticServer.ts';
import { launchChromium } from '../../tests/e2e/helpers/browser.ts';

export interface BigFileFigure {
  shape: string;
  megabytes: number;
  /** What the report says of the file: its summary line and its file-level problem codes. */
  outcome: string;
  seconds: number;
  /** The page's main-thread tasks over 50 ms from the drop to the report (Chrome's trace), longest first: wall and thread CPU time, and what each was. */
  tasks: TracedTask[];
  /** Peak resident memory of all the browser's processes, and of the tab's (renderer, with the checker's worker), over their level before the drop. */
  peakGrowthMB: number;
  peakRendererGrowthMB: number;
  alive: boolean;
  importerReady: boolean;
  load: string;
}

interface Shape {
  name: string;
  file: string;
  /** The file's text: `prefix`, then `item` `count` times (with # as its index) separated by commas, then `suffix`. Made in the page: handing 100 MB through the test driver takes longer than checking it. */
  prefix: string;
  item: string;
  suffix: string;
  count: number;
  /** Re-checks the file as this layer once reported, as a user picking it in the report. */
  asLayer?: string;
}

const FC = ['{"type":"FeatureCollection","features":[', ']}'] as const;
const POINTS_NO_GEOMETRY = { file: 'points-no-geometry.geojson', prefix: FC[0], suffix: FC[1], item: '{"type":"Feature","properties":{"id":"m#","name":"Mốc #","number":#},"geometry":null}', count: 960_000 };
export const SHAPES: Shape[] = [
  {
    name: '1,000,000 activity records, each with faults (a date that is not one, a value as text, no unit or status)',
    file: 'broken-records.json', prefix: '[', suffix: ']', count: 1_000_000,
    item: '{"areaId":"12","metric":"patrols","periodStart":"soon","periodEnd":"2025-06-30","value":"many"}',
  },
  {
    name: '1,000,000 broken features (a kind the format lacks, no geometry)',
    file: 'broken-features.geojson', prefix: FC[0], suffix: FC[1], count: 1_000_000,
    item: '{"type":"Feature","properties":{"id":#,"kind":"fort"},"geometry":null}',
  },
  { name: '960,000 points without geometry', ...POINTS_NO_GEOMETRY },
  { name: 'the same 960,000 points, taken as markers', ...POINTS_NO_GEOMETRY, asLayer: 'markers' },
];

/** Resident memory (bytes) of each of the browser's processes, by type, read from /proc. */
async function processMemory(browser: Browser): Promise<{ total: number; renderer: number }> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    let total = 0;
    let renderer = 0;
    for (const p of processInfo) {
      let rss = 0;
      try {
        rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'))?.[1] ?? 0) * 1024;
      } catch {
        // Gone since listed.
      }
      total += rss;
      if (p.type === 'renderer') renderer = Math.max(renderer, rss);
    }
    return { total, renderer };
  } finally {
    await cdp.detach();
  }
}

/** Makes the file in the page and keeps it there, before anything is measured: making it is the bench's work, not the app's. */
export async function make(page: Page, shape: Shape): Promise<number> {
  return page.evaluate(({ prefix, item, suffix, count, file }) => {
    const parts = [prefix];
    for (let i = 0; i < count; i++) parts.push((i ? ',' : '') + item.replaceAll('#', String(i)));
    parts.push(suffix);
    const made = new File(parts, file, { type: 'application/json' });
    (window as unknown as { benchFile: File }).benchFile = made;
    return made.size;
  }, { prefix: shape.prefix, item: shape.item, suffix: shape.suffix, count: shape.count, file: shape.file });
}

/** Drops the file made by `make` on the map, as a user would. */
export async function drop(page: Page): Promise<void> {
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add((window as unknown as { benchFile: File }).benchFile);
    const stage = document.querySelector('.layout-stage')!;
    for (const type of ['dragenter', 'dragover', 'drop']) stage.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
}

async function measure(browser: Browser, url: string, shape: Shape): Promise<BigFileFigure> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  let crashed = false;
  page.on('crash', () => { crashed = true; });
  await page.goto(url);
  await page.waitForSelector(LOADED, { timeout: 120_000 });
  await page.evaluate(() => window.borderAtlas?.idle());
  const bytes = await make(page, shape);
  // Let the page collect what making the file left, so the figures are the check's.
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const before = await processMemory(browser);
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const now = await processMemory(browser);
      peak = { total: Math.max(peak.total, now.total), renderer: Math.max(peak.renderer, now.renderer) };
      await new Promise((r) => setTimeout(r, 250));
    }
  })();
  const started = Date.now();
  const section = page.locator(`.report-file[data-file-name="${shape.file}"]`);
  const tasks = await tracedTasks(page, async () => {
    await drop(page);
    await section.waitFor({ timeout: 600_000 });
    if (shape.asLayer) {
      await section.locator('select').first().selectOption(shape.asLayer);
      await page.waitForFunction((layer) => document.querySelector<HTMLSelectElement>('.report-file select')?.value === layer && !document.querySelector('.progress'), shape.asLayer, { timeout: 600_000 });
    }
    await page.waitForFunction(() => !document.querySelector('.progress'), undefined, { timeout: 600_000 });
    // What follows the report in the page (the map's resize as the side column opens, its frames) counts too.
    await page.evaluate(() => window.borderAtlas?.idle());
  });
  const seconds = (Date.now() - started) / 1000;
  const outcome = await section.evaluate((s) => {
    const codes = [...new Set([...s.querySelectorAll('[data-code]')].map((e) => e.getAttribute('data-code')))].slice(0, 4).join(', ');
    return `${s.querySelector('.report-summary')?.textContent ?? ''} (${codes})`;
  });
  sampling = false;
  await sampler;
  // The importer takes the next file.
  let importerReady = false;
  try {
    await page.setInputFiles('#import-files', [{ name: 'next.geojson', mimeType: 'application/geo+json', buffer: Buffer.from('{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"next-1","name":"Đồn","kind":"station"},"geometry":{"type":"Point","coordinates":[103.2,22.5]}}]}') }]);
    await page.locator('.report-file[data-file-name="next.geojson"]').waitFor({ timeout: 120_000 });
    importerReady = true;
  } catch {
    importerReady = false;
  }
  const alive = !crashed && (await page.evaluate(() => 1).catch(() => 0)) === 1;
  await context.close();
  const mb = (b: number) => Math.round(b / 1024 / 1024);
  return {
    shape: shape.name, megabytes: Math.round(bytes / 1e5) / 10, outcome, seconds, tasks,
    peakGrowthMB: mb(peak.total - before.total), peakRendererGrowthMB: mb(peak.renderer - before.renderer),
    alive, importerReady, load: loadavg().slice(0, 1).map((l) => l.toFixed(1)).join(),
  };
}

/**
 * The reference: the same page with no file, its map dragged 200 px by the
 * mouse, then left 4 s to settle. Every frame the map draws is a main-thread
 * task whose wall time, on a loaded machine with software GL, is mostly the
 * compositor's commit waiting on the GPU process; whatever the app does
 * with a file is to be read against it.
 */
export async function panReference(browser: Browser, url: string): Promise<BigFileFigure> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(LOADED, { timeout: 120_000 });
  await page.evaluate(() => window.borderAtlas?.idle());
  const started = Date.now();
  const tasks = await tracedTasks(page, async () => {
    await page.mouse.move(640, 400);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(640 - i * 20, 400 - i * 5);
    await page.mouse.up();
    // The map's idle event may have fired before it is asked for: a fixed settling time, in a bench, not a test.
    await page.waitForTimeout(4_000);
  });
  const seconds = (Date.now() - started) / 1000;
  await context.close();
  return {
    shape: 'reference: no file, the map dragged 200 px', megabytes: 0, outcome: '', seconds, tasks,
    peakGrowthMB: 0, peakRendererGrowthMB: 0, alive: true, importerReady: true, load: loadavg()[0]!.toFixed(1),
  };
}

export async function bigFilesFigures(browser: Browser, url: string, only?: number[]): Promise<BigFileFigure[]> {
  const out: BigFileFigure[] = [];
  if (!only) out.push(await panReference(browser, url));
  for (const [i, shape] of SHAPES.entries()) if (!only || only.includes(i)) out.push(await measure(browser, url, shape));
  return out;
}

const ms = (t: TracedTask) => `${t.ms.toFixed(0)} ms (cpu ${t.cpuMs.toFixed(0)})`;

export function formatBigFiles(figures: BigFileFigure[]): string {
  const rows = figures.map((f) => {
    const longest = f.tasks[0];
    const mostCpu = [...f.tasks].sort((a, b) => b.cpuMs - a.cpuMs)[0];
    const over = f.tasks.filter((t) => t.ms > 200).length;
    const overCpu = f.tasks.filter((t) => t.cpuMs > 200).length;
    return `| ${f.shape} | ${f.megabytes} MB | ${f.outcome} | ${f.seconds.toFixed(0)} s | ${longest ? ms(longest) : 'none over 50 ms'} | ${mostCpu ? mostCpu.cpuMs.toFixed(0) : 0} ms | ${over} / ${overCpu} | ${f.peakGrowthMB} MB (tab ${f.peakRendererGrowthMB} MB) | ${f.alive ? 'yes' : 'NO'} | ${f.importerReady ? 'yes' : 'NO'} | ${f.load} |`;
  });
  const details = figures.flatMap((f) => [`\n${f.shape}: main-thread tasks over 50 ms, wall (thread CPU): ${f.tasks.map(ms).join(', ') || 'none'}`,
    // What the two longest were, and any that took the thread's CPU for more than 30 ms.
    ...f.tasks.filter((t, i) => i < 2 || t.cpuMs > 30).flatMap((t) => [`  task of ${ms(t)}:`, ...t.what.map((w) => `    ${w}`)])]);
  return ['| file | size | report | drop to report | longest main-thread task, wall (CPU) | most CPU in one task | tasks over 200 ms, wall / CPU | peak memory growth, all processes (tab) | tab alive | next file checked | load average |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |', ...rows, ...details].join('\n');
}

/**
 * Alone: `npx tsx scripts/bench/bigFilesBench.ts [--shapes 0,2] <dist> [<dist>…] [--runs N]`
 * measures each build in turn (before and after a change, on a machine whose
 * load varies: the runs alternate, so each pair meets about the same load).
 */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args.splice(args.indexOf(name), 2)[1] : undefined);
  const only = opt('--shapes')?.split(',').map(Number);
  const runs = Number(opt('--runs') ?? 1);
  const dists = args.length > 0 ? args : [resolve(import.meta.dirname, '../../dist')];
  const servers = await Promise.all(dists.map((root) => startStaticServer({ root: resolve(root), base: '/maps/atlas/' })));
  const browser = await launchChromium();
  try {
    console.log(`big files, Chromium ${browser.version()}, ${cpus().length} cores, ${new Date().toISOString()}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    for (let run = 0; run < runs; run++) {
      for (const shape of only ?? [-1, ...SHAPES.map((_, i) => i)]) {
        for (const [k, server] of servers.entries()) {
          console.log(`\n### run ${run + 1}, ${dists[k]}\n`);
          console.log(formatBigFiles(shape === -1 ? [await panReference(browser, server.url)] : await bigFilesFigures(browser, server.url, [shape])));
        }
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
