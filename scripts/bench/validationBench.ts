import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { seededRandom } from '../build-data/random.ts';
import type { Dataset } from '../../src/data/types.ts';
import { contextFromDataset } from '../../src/validate/ValidationContext.ts';
import { validateFiles } from '../../src/validate/validateFiles.ts';
import { describeProblem } from '../../src/validate/Problem.ts';
import { median } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ValidationFigures {
  features: number;
  megabytes: number;
  runsMs: number[];
  /** CPU time of each run (all of the process's threads, the garbage collector's included): steadier than wall time on a shared machine. */
  cpuMs: number[];
  featuresPerSecond: number;
  /** Features per second of CPU time (median run): what the code costs, whatever else the machine is running. */
  featuresPerCpuSecond: number;
  /** Heap the report holds once built: what the app keeps per checked file. */
  heapHeldMb: number;
  /**
   * Growth of the process's peak resident memory during the first run, over
   * its resident memory just before it with the file's bytes already read:
   * the text decoded, the JSON parsed, the checks and the report built.
   */
  peakRssMb: number;
}

/**
 * Checks a synthetic file of `n` features against the demo dataset, in a
 * process of its own so memory figures are not mixed with another run's (nor
 * with the making of the file, done here and handed over on disk): commune
 * polygons of `vertices` positions, or stations when `vertices` is 0.
 */
export function benchValidation(n: number, vertices: number): ValidationFigures {
  const dir = mkdtempSync(join(tmpdir(), 'border-atlas-validation-'));
  const file = join(dir, 'bench.geojson');
  try {
    writeFileSync(file, syntheticFile(n, vertices));
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', import.meta.filename, file, String(n)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`validation bench (${n} features, ${vertices} positions) failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as ValidationFigures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures as a Markdown table, for the terminal and docs/performance.md. */
export function validationTable(n = 100_000): string {
  const rows = [
    { label: `${n.toLocaleString('en')} commune polygons of 32 positions`, ...benchValidation(n, 32) },
    { label: `${n.toLocaleString('en')} stations (points)`, ...benchValidation(n, 0) },
  ];
  const lines = ['| file | size | time (runs) | features per second | CPU time (runs) | features per CPU second | peak RSS growth (× file) | report held |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
  const ms = (runs: number[]) => `${median(runs).toFixed(0)} ms (${runs.map((r) => r.toFixed(0)).join(', ')})`;
  for (const v of rows) {
    lines.push(`| ${v.label} | ${v.megabytes.toFixed(1)} MB | ${ms(v.runsMs)} | ${Math.round(v.featuresPerSecond).toLocaleString('en')} | ${ms(v.cpuMs)} | ${Math.round(v.featuresPerCpuSecond).toLocaleString('en')} | ${v.peakRssMb.toFixed(0)} MB (${(v.peakRssMb / v.megabytes).toFixed(1)}×) | ${v.heapHeldMb.toFixed(0)} MB |`);
  }
  return lines.join('\n');
}

/** The same bytes on every run: seeded positions in the demo's area. */
export function syntheticFile(n: number, vertices: number): Uint8Array {
  const random = seededRandom(42);
  const features = Array.from({ length: n }, (_, i) => {
    const [x, y] = [102.5 + random() * 3, 18.5 + random() * 4];
    const id = `bench-${i}`;
    if (vertices === 0) {
      return { type: 'Feature', properties: { id, name: `Đồn ${i}`, kind: 'station', hostCommuneId: '03439' }, geometry: { type: 'Point', coordinates: [x, y] } };
    }
    const ring = Array.from({ length: vertices }, (_, k) => {
      const a = (2 * Math.PI * k) / vertices;
      const r = 0.01 * (0.7 + 0.3 * random());
      return [Number((x + r * Math.cos(a)).toFixed(5)), Number((y + r * Math.sin(a)).toFixed(5))];
    });
    return { type: 'Feature', properties: { id, name: `Xã ${i}`, provinceId: '12' }, geometry: { type: 'Polygon', coordinates: [[...ring, ring[0]]] } };
  });
  return new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
}

/**
 * The process's peak resident memory from now on, in bytes. Linux resets the
 * peak on a write of 5 to clear_refs; elsewhere the lifetime peak (maxRSS) is
 * all there is, and the start-up before the run (the TypeScript loader
 * transforming every file on a cold cache) may have set it: an upper bound.
 */
function resetPeak(): () => number {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) * 1024;
  } catch {
    return () => process.resourceUsage().maxRSS * 1024;
  }
}

async function child(file: string, n: number): Promise<ValidationFigures> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const ctx = contextFromDataset(await demoFiles());
  // As the CLI and the worker hold them: the file's bytes, read whole.
  const bytes: Uint8Array = await readFile(file);
  gc();
  const rssBefore = process.memoryUsage().rss;
  const peak = resetPeak();
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  let heapHeldMb = 0;
  let peakRssMb = 0;
  for (let i = 0; i < 3; i++) {
    const [t0, cpu0] = [performance.now(), process.cpuUsage()];
    let reports: ReturnType<typeof validateFiles> | null = validateFiles([{ name: 'bench.geojson', bytes }], ctx);
    runsMs.push(performance.now() - t0);
    const cpu = process.cpuUsage(cpu0);
    cpuMs.push((cpu.user + cpu.system) / 1000);
    const valid = reports[0]?.valid.length;
    if (valid !== n) throw new Error(`expected ${n} valid features, got ${valid}: ${reports[0]?.problems[0] ? describeProblem(reports[0].problems[0], 'en') : 'no problem reported'}`);
    if (i === 0) {
      peakRssMb = (peak() - rssBefore) / 1024 / 1024;
      gc();
      const withReport = process.memoryUsage().heapUsed;
      reports = null;
      gc();
      heapHeldMb = (withReport - process.memoryUsage().heapUsed) / 1024 / 1024;
    }
  }
  return { features: n, megabytes: bytes.byteLength / 1024 / 1024, runsMs, cpuMs, featuresPerSecond: (n / median(runsMs)) * 1000, featuresPerCpuSecond: (n / median(cpuMs)) * 1000, heapHeldMb, peakRssMb };
}

/** The demo's files as parsed, which is all the context is made of (not the app's loader, whose derived facts the checks do not use). */
async function demoFiles(): Promise<Dataset> {
  const read = async (name: string) => JSON.parse(await readFile(join(ROOT, 'data/demo', name), 'utf8')) as unknown;
  const manifest = (await read('manifest.json')) as { layers: Record<string, string>; activity: string };
  const layers = Object.fromEntries(await Promise.all(Object.entries(manifest.layers).map(async ([k, f]) => [k, await read(f)])));
  return { manifest, activity: await read(manifest.activity), ...layers } as unknown as Dataset;
}

if (process.argv[1] === import.meta.filename) {
  process.stdout.write(JSON.stringify(await child(process.argv[2]!, Number(process.argv[3]))));
}
