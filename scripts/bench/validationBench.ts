import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { seededRandom } from '../build-data/random.ts';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { contextFromDataset } from '../../src/validate/ValidationContext.ts';
import { validateFiles } from '../../src/validate/validateFiles.ts';
import { describeProblem } from '../../src/validate/Problem.ts';
import { median } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ValidationFigures {
  features: number;
  megabytes: number;
  runsMs: number[];
  featuresPerSecond: number;
  /** Heap the report holds once built: what the app keeps per checked file. */
  heapHeldMb: number;
  /** Growth of the process's peak resident memory while checking (parse, check, report). */
  peakRssMb: number;
}

/**
 * Checks a synthetic file of `n` features against the demo dataset, in a
 * process of its own so memory figures are not mixed with another run's:
 * commune polygons of `vertices` positions, or stations when `vertices` is 0.
 */
export function benchValidation(n: number, vertices: number): ValidationFigures {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', import.meta.filename, String(n), String(vertices)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`validation bench (${n} features, ${vertices} positions) failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as ValidationFigures;
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

async function child(n: number, vertices: number): Promise<ValidationFigures> {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const demo = await loadDataset(join(ROOT, 'data/demo'), { fetch: async (url) => new Response(await readFile(url)) });
  const ctx = contextFromDataset(demo);
  const bytes = syntheticFile(n, vertices);
  gc();
  const rssBefore = process.resourceUsage().maxRSS;
  const runsMs: number[] = [];
  let heapHeldMb = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    let reports: ReturnType<typeof validateFiles> | null = validateFiles([{ name: 'bench.geojson', bytes }], ctx);
    runsMs.push(performance.now() - t0);
    const valid = reports[0]?.valid.length;
    if (valid !== n) throw new Error(`expected ${n} valid features, got ${valid}: ${reports[0]?.problems[0] ? describeProblem(reports[0].problems[0], 'en') : 'no problem reported'}`);
    if (i === 0) {
      gc();
      const withReport = process.memoryUsage().heapUsed;
      reports = null;
      gc();
      heapHeldMb = (withReport - process.memoryUsage().heapUsed) / 1024 / 1024;
    }
  }
  return {
    features: n, megabytes: bytes.byteLength / 1024 / 1024, runsMs,
    featuresPerSecond: (n / median(runsMs)) * 1000, heapHeldMb,
    peakRssMb: (process.resourceUsage().maxRSS - rssBefore) / 1024,
  };
}

if (process.argv[1] === import.meta.filename) {
  process.stdout.write(JSON.stringify(await child(Number(process.argv[2]), Number(process.argv[3]))));
}
