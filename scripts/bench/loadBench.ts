import type { Browser } from 'playwright-core';
import { measureLoad, median, type LoadSample } from './measure.ts';
import { PROCESS_CPU_KEYS } from './processCpu.ts';

export type PageKind = 'app' | 'bare' | 'empty';

export interface LoadRuns {
  dataset: string;
  runs: Record<PageKind, LoadSample[]>;
}

/**
 * Cold loads of the app, the bare page drawing the same files and the empty
 * map, taken in turn in one browser (app, bare, empty, app, …) so a busy
 * moment of a shared machine falls on all three alike, after one warm-up each.
 */
export async function loadRuns(browser: Browser, dataset: string, urls: Record<PageKind, string>, runs: number): Promise<LoadRuns> {
  const out: LoadRuns = { dataset, runs: { app: [], bare: [], empty: [] } };
  const kinds: PageKind[] = ['app', 'bare', 'empty'];
  for (const kind of kinds) await measureLoad(browser, urls[kind]);
  for (let i = 0; i < runs; i++) {
    for (const kind of kinds) out.runs[kind].push(await measureLoad(browser, urls[kind]));
  }
  return out;
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const spread = (xs: number[], f: (v: number) => string) => `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
const ratio = (v: number) => `${v.toFixed(2)}×`;
// The app's own marks; `activity` (its figures joined) may come before or after idle, and the bare page has none.
const PHASES = ['manifest', 'data', 'checks', 'style', 'first-render', 'idle', 'activity'];

/** The tables for one dataset: each page's figures, the paired ratios, and the app's phases. */
export function formatLoadRuns(r: LoadRuns): string {
  const { app, bare, empty } = r.runs;
  const paired = (f: (s: LoadSample) => number) => app.map((a, i) => f(a) / f(bare[i]!));
  const readyRatio = paired((s) => s.readyMs);
  const heapRatio = paired((s) => s.heapBytes);
  const verdict = (v: number, target: number) => (v <= target ? 'met' : '**missed**');
  const long = (s: LoadSample[]) => {
    const all = s.map((x) => x.longTasks);
    return `${median(all.map((l) => l.filter((d) => d > 200).length))} over 200 ms; longest ${ms(median(all.map((l) => Math.max(0, ...l))))}`;
  };
  const lines = [
    `### ${r.dataset}: ${app.length} cold loads of each page, in turn`,
    '',
    '| page | ready (median, min–max) | heap once ready, after GC | main-thread script until ready | long tasks until ready (median per load) |',
    '| --- | --- | --- | --- | --- |',
    ...([['app', app], ['bare MapLibre page, same files, plain style', bare], ['empty MapLibre page (no data)', empty]] as const).map(([name, s]) =>
      `| ${name} | ${spread(s.map((x) => x.readyMs), ms)} | ${spread(s.map((x) => x.heapBytes), mb)} | ${spread(s.map((x) => x.scriptMs), ms)} | ${long(s)} |`),
    '',
    '| paired ratio, app / bare same-data page | median (min–max) | target | |',
    '| --- | --- | --- | --- |',
    `| ready | ${spread(readyRatio, ratio)} | ≤ 1.2× | ${verdict(median(readyRatio), 1.2)} |`,
    `| heap | ${spread(heapRatio, ratio)} | ≤ 1.5× | ${verdict(median(heapRatio), 1.5)} |`,
    `| ready, app / empty map (for reference) | ${spread(app.map((a, i) => a.readyMs / empty[i]!.readyMs), ratio)} | | |`,
    '',
    '| phase, ms from navigation start (median) | ' + PHASES.join(' | ') + ' |',
    '| --- |' + PHASES.map(() => ' --- |').join(''),
    ...([['app', app], ['bare same-data page', bare]] as const).map(([name, s]) =>
      `| ${name} | ${PHASES.map((p) => (s.every((x) => p in x.phases) ? ms(median(s.map((x) => x.phases[p]!))) : '–')).join(' | ')} |`),
  ];
  if (app.every((s) => s.cpu) && bare.every((s) => s.cpu)) lines.push('', ...cpuTable(app, bare));
  return lines.join('\n');
}

const CPU_HEADINGS = { pageMain: 'page: main thread', pageWorkers: 'page: workers', pageOther: 'page: other threads', gpu: 'GPU process', browser: 'browser and utilities', chrome: "Chromium's own pages" } as const;

/** CPU from navigation to ready by process and thread, median of the loads: whose work the gap in time is. */
function cpuTable(app: LoadSample[], bare: LoadSample[]): string[] {
  const med = (s: LoadSample[], k: (typeof PROCESS_CPU_KEYS)[number]) => median(s.map((x) => x.cpu![k]));
  const total = (s: LoadSample[]) => median(s.map((x) => PROCESS_CPU_KEYS.reduce((a, k) => a + x.cpu![k], 0)));
  return [
    'CPU from navigation to ready, all processes (ms, median; under SwiftShader the GPU process draws on the CPU; Chromium\'s own pages are noise that falls on either page):',
    '',
    `| page | ${PROCESS_CPU_KEYS.map((k) => CPU_HEADINGS[k]).join(' | ')} | all |`,
    '| --- |' + PROCESS_CPU_KEYS.map(() => ' --- |').join('') + ' --- |',
    ...([['app', app], ['bare same-data page', bare]] as const).map(([name, s]) => `| ${name} | ${PROCESS_CPU_KEYS.map((k) => ms(med(s, k))).join(' | ')} | ${ms(total(s))} |`),
    `| app − bare | ${PROCESS_CPU_KEYS.map((k) => `${med(app, k) - med(bare, k) >= 0 ? '+' : ''}${ms(med(app, k) - med(bare, k))}`).join(' | ')} | ${total(app) - total(bare) >= 0 ? '+' : ''}${ms(total(app) - total(bare))} |`,
  ];
}
