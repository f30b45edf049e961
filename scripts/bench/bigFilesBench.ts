/**
 * The worst file shapes of issue #13, dropped into the built app in
 * Chromium: how long the page's longest main-thread task lasts (a
 * PerformanceObserver for long tasks), how much memory the browser's
 * processes reach (resident memory read from /proc while the file is
 * checked), whether the tab lives, and whether the importer takes the next
 * file. `npm run bench -- --only bigfiles`.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';

export interface BigFileFigure {
  shape: string;
  megabytes: number;
  /** What the report says of the file: its summary line and its file-level problem codes. */
  outcome: string;
  seconds: number;
  longestTaskMs: number;
  tasksOver200: number;
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
const SHAPES: Shape[] = [
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
async function make(page: Page, shape: Shape): Promise<number> {
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
async function drop(page: Page): Promise<void> {
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
  await page.waitForSelector('#app[data-map-ready]', { timeout: 120_000 });
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
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasks.push(e.duration); }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  const section = page.locator(`.report-file[data-file-name="${shape.file}"]`);
  await drop(page);
  await section.waitFor({ timeout: 600_000 });
  if (shape.asLayer) {
    await section.locator('select').first().selectOption(shape.asLayer);
    await page.waitForFunction((layer) => document.querySelector<HTMLSelectElement>('.report-file select')?.value === layer && !document.querySelector('.progress'), shape.asLayer, { timeout: 600_000 });
  }
  await page.waitForFunction(() => !document.querySelector('.progress'), undefined, { timeout: 600_000 });
  const seconds = (Date.now() - started) / 1000;
  const outcome = await section.evaluate((s) => {
    const codes = [...new Set([...s.querySelectorAll('[data-code]')].map((e) => e.getAttribute('data-code')))].slice(0, 4).join(', ');
    return `${s.querySelector('.report-summary')?.textContent ?? ''} (${codes})`;
  });
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
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
    shape: shape.name, megabytes: Math.round(bytes / 1e5) / 10, outcome, seconds,
    longestTaskMs: Math.round(Math.max(0, ...tasks)), tasksOver200: tasks.filter((d) => d > 200).length,
    peakGrowthMB: mb(peak.total - before.total), peakRendererGrowthMB: mb(peak.renderer - before.renderer),
    alive, importerReady, load: loadavg().slice(0, 1).map((l) => l.toFixed(1)).join(),
  };
}

export async function bigFilesFigures(browser: Browser, url: string): Promise<BigFileFigure[]> {
  const out: BigFileFigure[] = [];
  for (const shape of SHAPES) out.push(await measure(browser, url, shape));
  return out;
}

export function formatBigFiles(figures: BigFileFigure[]): string {
  const rows = figures.map((f) => `| ${f.shape} | ${f.megabytes} MB | ${f.outcome} | ${f.seconds.toFixed(0)} s | ${f.longestTaskMs} ms (${f.tasksOver200} over 200 ms) | ${f.peakGrowthMB} MB (tab ${f.peakRendererGrowthMB} MB) | ${f.alive ? 'yes' : 'NO'} | ${f.importerReady ? 'yes' : 'NO'} | ${f.load} |`);
  return ['| file | size | report | drop to report | longest main-thread task | peak memory growth, all processes (tab) | tab alive | next file checked | load average |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |', ...rows].join('\n');
}
