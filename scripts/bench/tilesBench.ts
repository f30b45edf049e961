/**
 * GeoJSON communes against vector-tiled communes, at several sizes (issue
 * #15 item 4): where tiles start to pay. After `npx vite build`:
 *
 *   npx tsx scripts/bench/tilesBench.ts [--sizes 1000,5000,10000,30000] [--runs 3] [--activity 20000] [--detail K]
 *
 * For each size, a synthetic dataset (npm run data:synthetic's generator,
 * seed 1; stations, border and activity rows fixed so only the communes grow)
 * is served twice from one site: as written, and with `npm run tiles` run on
 * a copy. Cold loads of the two alternate in one browser (geo, tiles, geo, …)
 * so a busy moment of a shared machine falls on both alike; the paired ratio
 * is the figure to read. `--detail K` cuts every outline edge into K
 * (detailOutlines.ts): surveyed boundaries have far more vertices than the
 * synthetic cells, and the outlines are what tiles spare the page.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from '../../tests/e2e/helpers/browser.ts';
import { startStaticServer } from '../serve/staticServer.ts';
import { syntheticDataset } from '../synthetic/syntheticDataset.ts';
import { writeDataset } from '../synthetic/writeDataset.ts';
import { runTiles } from '../tiles/runTiles.ts';
import { detailOutlines } from './detailOutlines.ts';
import { measureLoad, median, type LoadSample } from './measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('--sizes') ?? '1000,5000,10000,30000').split(',').map(Number);
const runs = Number(arg('--runs') ?? 3);
const activity = Number(arg('--activity') ?? 20_000);
const detail = Number(arg('--detail') ?? 1);
const load = () => loadavg().map((v) => v.toFixed(1)).join(', ');
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const du = (path: string): number => (statSync(path).isDirectory() ? readdirSync(path).reduce((n, f) => n + du(join(path, f)), 0) : statSync(path).size);
const spread = (xs: number[], f: (v: number) => string) => `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})`;
const ms = (v: number) => `${(v / 1000).toFixed(1)} s`;
const ratio = (v: number) => `${v.toFixed(2)}×`;

const root = mkdtempSync(join(tmpdir(), 'border-atlas-tiles-bench-'));
cpSync(join(ROOT, 'dist'), root, { recursive: true });
const folders: string[] = [];
const made: { n: number; geoMb: string; tableMb: string; tiles: string; seconds: number }[] = [];
for (const n of sizes) {
  const geo = join(root, 'data', `geo-${n}`);
  const tiled = join(root, 'data', `tiles-${n}`);
  writeDataset(geo, syntheticDataset({ communes: n, stations: 300, borderKm: 5_000, activity, seed: 1 }));
  if (detail > 1) detailOutlines(join(geo, 'communes.geojson'), detail);
  cpSync(geo, tiled, { recursive: true });
  const t = performance.now();
  const r = await runTiles([tiled]);
  if (r.code !== 0) throw new Error(r.stderr);
  const manifest = JSON.parse(readFileSync(join(geo, 'manifest.json'), 'utf8')) as { layers: { communes: string } };
  made.push({
    n, geoMb: mb(statSync(join(geo, manifest.layers.communes)).size), tableMb: mb(statSync(join(tiled, 'tiles/communes.attributes.json')).size),
    tiles: `${r.stdout.match(/(\d+) tiles/)?.[1]} tiles, ${mb(du(join(tiled, 'tiles/communes')))} MB`, seconds: (performance.now() - t) / 1000,
  });
  folders.push(`data/geo-${n}`, `data/tiles-${n}`);
}
const index = join(root, 'index.html');
writeFileSync(index, readFileSync(index, 'utf8').replace(/(<meta name="border-atlas-datasets" content=")[^"]*"/, `$1${folders.join(' ')}"`));

const server = await startStaticServer({ root, base: '/maps/atlas/' });
const browser = await launchChromium();
try {
  console.log(`tiles benchmark, ${new Date().toISOString()}; ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; node ${process.version}; chromium ${browser.version()}`);
  console.log(`synthetic datasets, seed 1: 300 stations, 5,000 km of border, ${activity.toLocaleString('en')} activity rows${detail > 1 ? `, every commune outline edge cut into ${detail}` : ''}; ${runs} cold loads of each in turn, fresh context each; load average at start ${load()}\n`);
  console.log('| communes | communes.geojson | attribute table | tiles (zoom 4–10) | npm run tiles |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const m of made) console.log(`| ${m.n.toLocaleString('en')} | ${m.geoMb} MB | ${m.tableMb} MB | ${m.tiles} | ${m.seconds.toFixed(1)} s |`);
  console.log('\n| communes | ready, GeoJSON (median, min–max) | ready, tiles | **ready, tiles / GeoJSON (paired)** | heap once ready, GeoJSON / tiles | script until ready, GeoJSON / tiles | data in → checked, GeoJSON / tiles | load average during |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const url = (folder: string) => `${server.url}?dataset=data/${folder}`;
  await measureLoad(browser, url(`geo-${sizes[0]}`));
  await measureLoad(browser, url(`tiles-${sizes[0]}`));
  for (const n of sizes) {
    const before = load();
    const geo: LoadSample[] = [];
    const tiles: LoadSample[] = [];
    for (let i = 0; i < runs; i++) {
      geo.push(await measureLoad(browser, url(`geo-${n}`)));
      tiles.push(await measureLoad(browser, url(`tiles-${n}`)));
    }
    const checks = (s: LoadSample[]) => ms(median(s.map((x) => (x.phases.checks ?? 0) - (x.phases.data ?? 0))));
    console.log(`| ${n.toLocaleString('en')} | ${spread(geo.map((s) => s.readyMs), ms)} | ${spread(tiles.map((s) => s.readyMs), ms)} | **${spread(tiles.map((t, i) => t.readyMs / geo[i]!.readyMs), ratio)}** | ${mb(median(geo.map((s) => s.heapBytes)))} / ${mb(median(tiles.map((s) => s.heapBytes)))} MB | ${ms(median(geo.map((s) => s.scriptMs)))} / ${ms(median(tiles.map((s) => s.scriptMs)))} | ${checks(geo)} / ${checks(tiles)} | ${before} → ${load()} |`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(root, { recursive: true, force: true });
}
