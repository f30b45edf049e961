/**
 * A folder of tiles against one PMTiles archive (issue #15 item 4): the same
 * tiled dataset served both ways from one static server that answers byte
 * ranges. After `npx vite build`:
 *
 *   npx tsx scripts/bench/pmtilesBench.ts [--sizes demo,10000] [--runs 5]
 *
 * "demo" is the built demo; a number, a synthetic dataset of that many
 * communes (npm run data:synthetic's generator, seed 1). Cold loads of the
 * two alternate in one browser (folder, archive, folder, …) so a busy moment
 * of a shared machine falls on both alike; read the paired ratio.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../../tests/e2e/helpers/browser.ts';
import { startStaticServer } from '../serve/staticServer.ts';
import { syntheticDataset } from '../synthetic/syntheticDataset.ts';
import { writeDataset } from '../synthetic/writeDataset.ts';
import { runTiles } from '../tiles/runTiles.ts';
import { measureLoad as measure, median, type LoadSample } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('--sizes') ?? 'demo').split(',');
const runs = Number(arg('--runs') ?? 5);
const load = () => loadavg().map((v) => v.toFixed(1)).join(', ');
const ms = (v: number) => `${(v / 1000).toFixed(2)} s`;
const ratio = (v: number) => `${v.toFixed(2)}×`;

const root = mkdtempSync(join(tmpdir(), 'border-atlas-pmtiles-bench-'));
cpSync(join(ROOT, 'dist'), root, { recursive: true });
const folders: string[] = [];
const made: string[] = [];
for (const size of sizes) {
  for (const format of ['pbf', 'pmtiles']) {
    const folder = join(root, 'data', `${format}-${size}`);
    if (size === 'demo') cpSync(join(root, 'data/demo'), folder, { recursive: true });
    else writeDataset(folder, syntheticDataset({ communes: Number(size), stations: 300, borderKm: 5_000, activity: 20_000, seed: 1 }));
    const r = await runTiles([folder, '--format', format]);
    if (r.code !== 0) throw new Error(r.stderr);
    folders.push(`data/${format}-${size}`);
    made.push(`${size}, ${format}: ${r.stdout.split('\n')[0]}`);
  }
}
const index = join(root, 'index.html');
writeFileSync(index, readFileSync(index, 'utf8').replace(/(<meta name="border-atlas-datasets" content=")[^"]*"/, `$1${folders.join(' ')}"`));

const server = await startStaticServer({ root, base: '/maps/atlas/' });
const browser = await launchChromium();
try {
  console.log(`pmtiles benchmark, ${new Date().toISOString()}; ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; node ${process.version}; chromium ${browser.version()}; ${runs} cold loads of each in turn; load average at start ${load()}`);
  for (const m of made) console.log(`- ${m}`);
  console.log('\n| dataset | ready, folder (median, min–max) | ready, archive | **archive / folder (paired, median, min–max)** | load average during |');
  console.log('| --- | --- | --- | --- | --- |');
  const url = (folder: string) => `${server.url}?dataset=data/${folder}`;
  await measure(browser, url(`pbf-${sizes[0]}`));
  await measure(browser, url(`pmtiles-${sizes[0]}`));
  for (const size of sizes) {
    const before = load();
    const pbf: LoadSample[] = [];
    const pmtiles: LoadSample[] = [];
    for (let i = 0; i < runs; i++) {
      pbf.push(await measure(browser, url(`pbf-${size}`)));
      pmtiles.push(await measure(browser, url(`pmtiles-${size}`)));
    }
    const ratios = pmtiles.map((p, i) => p.readyMs / pbf[i]!.readyMs);
    const spread = (s: LoadSample[]) => `${ms(median(s.map((x) => x.readyMs)))} (${ms(Math.min(...s.map((x) => x.readyMs)))}–${ms(Math.max(...s.map((x) => x.readyMs)))})`;
    console.log(`| ${size} | ${spread(pbf)} | ${spread(pmtiles)} | **${ratio(median(ratios))}** (${ratio(Math.min(...ratios))}–${ratio(Math.max(...ratios))}) | ${before} → ${load()} |`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
