/**
 * npm run bench: in one Chromium, cold loads of the app, of a bare MapLibre
 * page drawing the same dataset's files with a plain style, and of an empty
 * map, taken in turn, on the demo and on a national synthetic dataset; the
 * app's start-up in phases; the coverage view in the page; the JavaScript
 * the app ships beyond MapLibre; then validation and coverage in Node.
 * Prints tables; docs/performance.md records them.
 *
 *   --only validation | coverage   that Node part alone, with no browser
 *   --only js                      the built app's scripts: first load, lazy chunks, workers
 *   --only bigfiles                the worst file shapes dropped into the built app (bigFilesBench.ts)
 *   --only interactions            click → panel, statistic and language switches in the built app (interactionBench.ts),
 *                                  and the bare same-data page's frames for the same map changes (bareFrames.ts)
 *   --only load                    the cold loads alone: time to ready, heap, phases and CPU by process
 *   --datasets demo,national       which datasets to load (both by default); national-tiles is the
 *                                  national one with its communes as vector tiles (npm run tiles), which
 *                                  the bare page then draws from the same tiles
 *   --runs N                       cold loads of each page per dataset (5)
 *   --national <folder>            the national dataset (else one is made with npm run data:synthetic's defaults)
 */
import { cpus, loadavg, tmpdir } from 'node:os';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startStaticServer } from '../serve/staticServer.ts';
import { launchChromium } from '../../tests/e2e/helpers/browser.ts';
import { runTiles } from '../tiles/runTiles.ts';
import { runValidate } from '../validate/runValidate.ts';
import { NATIONAL } from '../synthetic/parseSyntheticArgs.ts';
import { syntheticDataset } from '../synthetic/syntheticDataset.ts';
import { writeDataset } from '../synthetic/writeDataset.ts';
import { benchSite } from './benchSite.ts';
import { coverageInBrowser, formatCoverageInBrowser } from './coverageBrowser.ts';
import { coverageFigures, formatCoverageFigures } from './coverageBench.ts';
import { bigFilesFigures, formatBigFiles } from './bigFilesBench.ts';
import { formatInteractions, interactionFigures, INTERACTIONS_HEADER } from './interactionBench.ts';
import { BARE_NAMES, bareFrames } from './bareFrames.ts';
import { bareCoverage, coverageLines, formatBareCoverage } from './bareCoverage.ts';
import { jsByLoad, sum, type JsFile } from './jsSize.ts';
import { formatLoadRuns, loadRuns } from './loadBench.ts';
import { validationTable } from './validationBench.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const VALIDATION_HEADING = '\nvalidation in Node (the code the app runs in its worker), from the file\'s bytes to the reports, against the demo dataset, median of 3 runs:\n';
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);

/** The app's scripts by when the page fetches them, against the empty MapLibre page built beside it. */
function printJs(bareOut: string): void {
  const appJs = jsByLoad(join(ROOT, 'dist'));
  const bareJs = jsByLoad(bareOut);
  console.log(`\nJS on the page's first load beyond MapLibre, gzipped: ${kb(sum(appJs.firstLoad) - sum(bareJs.firstLoad))} (app ${kb(sum(appJs.firstLoad))} − empty page ${kb(sum(bareJs.firstLoad))}; target 100 KB)`);
  const list = (what: string, files: JsFile[]) => {
    console.log(`  ${what}: ${kb(sum(files))} gz`);
    for (const f of files) console.log(`    ${f.name}: ${kb(f.bytes)} → ${kb(f.gzipBytes)}`);
  };
  list('first load (entry and its static imports)', appJs.firstLoad);
  list('lazy chunks (fetched when a feature is used)', appJs.lazy);
  list('workers (the validator\'s starts with every dataset load; coverage\'s when the view is on; MapLibre\'s as in the empty page)', appJs.workers);
}

const only = arg('--only');
if (only === 'validation' || only === 'coverage') {
  console.log(only === 'validation' ? `${VALIDATION_HEADING}\n${validationTable()}` : formatCoverageFigures(coverageFigures()));
  process.exit(0);
}
if (only === 'js') {
  // The built app (npm run bench builds it first) against the empty page, with no browser.
  const site = await benchSite(null);
  try {
    printJs(site.bareOut);
  } finally {
    site.remove();
  }
  process.exit(0);
}
if (only === 'bigfiles') {
  // The built app (npm run bench builds it first), one fresh page per file.
  const server = await startStaticServer({ root: join(ROOT, 'dist'), base: '/maps/atlas/' });
  const browser = await launchChromium();
  try {
    console.log(`big files in the built app, Chromium ${browser.version()}, ${cpus().length} cores, ${new Date().toISOString()}:\n`);
    console.log(formatBigFiles(await bigFilesFigures(browser, server.url)));
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(0);
}
const datasets = (arg('--datasets') ?? 'demo,national').split(',');
const runs = Number(arg('--runs') ?? 5);
const load = () => loadavg().map((v) => v.toFixed(2)).join(', ');
const DEMO = join(ROOT, 'data/demo');

/**
 * Issue #15's interactions, in one page per dataset: `runs` of each,
 * alternating targets; then the bare same-data page's frames for the same
 * map changes, the baseline of the long tasks.
 */
async function printInteractions(browser: Awaited<ReturnType<typeof launchChromium>>, folder: (dataset: string) => string): Promise<void> {
  console.log('\n### interactions once ready: click on a commune → panel, statistic switch, language switch\n');
  console.log(INTERACTIONS_HEADER);
  for (const dataset of datasets) {
    const n = Math.max(runs, 5);
    const samples = await interactionFigures(browser, server.url + site.pages(dataset).app, folder(dataset), { runs: n });
    console.log(formatInteractions(dataset, samples, loadavg()[0]!.toFixed(1)));
    const bare = await bareFrames(browser, server.url + site.pages(dataset).bare, n);
    console.log(formatInteractions(`${dataset}, bare same-data page`, bare, loadavg()[0]!.toFixed(1), BARE_NAMES));
  }
}

let made: string | null = null;
let national = arg('--national') ?? null;
if ((datasets.includes('national') || datasets.includes('national-tiles')) && !national) {
  made = mkdtempSync(join(tmpdir(), 'border-atlas-national-'));
  writeDataset(made, syntheticDataset(NATIONAL));
  national = made;
}
// The national dataset as the crossover in docs/performance.md says to ship one that size: its communes as tiles.
let tiled: string | null = null;
if (datasets.includes('national-tiles')) {
  tiled = mkdtempSync(join(tmpdir(), 'border-atlas-national-tiles-'));
  cpSync(national!, tiled, { recursive: true });
  const r = await runTiles([tiled]);
  if (r.code !== 0) throw new Error(`npm run tiles on the national dataset failed: ${r.stderr}`);
}
const site = await benchSite(datasets.includes('national') ? national : null, tiled ? { 'national-tiles': tiled } : {});
const server = await startStaticServer({ root: site.root, base: '/maps/atlas/' });
const browser = await launchChromium();
/** The browser, the server, the site and the datasets made for this run go. */
async function cleanUp(): Promise<void> {
  await browser.close();
  await server.close();
  site.remove();
  for (const folder of [made, tiled]) if (folder) rmSync(folder, { recursive: true, force: true });
}
const folderOf = (dataset: string) => (dataset === 'demo' ? DEMO : dataset === 'national-tiles' ? tiled! : national!);
if (only === 'interactions') {
  try {
    console.log(`interactions in the built app, Chromium ${browser.version()}, ${cpus().length} cores, ${new Date().toISOString()}, load ${load()}`);
    await printInteractions(browser, folderOf);
  } finally {
    await cleanUp();
  }
  process.exit(0);
}
async function printLoads(): Promise<void> {
  for (const dataset of datasets) {
    const p = site.pages(dataset);
    const urls = { app: server.url + p.app, bare: server.url + p.bare, empty: server.url + p.empty };
    console.log(formatLoadRuns(await loadRuns(browser, dataset, urls, runs)));
    console.log(`\nload average now ${load()}\n`);
  }
}
if (only === 'load') {
  try {
    console.log(`cold loads of the built app, ${new Date().toISOString()}; ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; chromium ${browser.version()}; load average at start ${load()}\n`);
    await printLoads();
  } finally {
    await cleanUp();
  }
  process.exit(0);
}
try {
  console.log(`Border Atlas benchmark, ${new Date().toISOString()}`);
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; node ${process.version}; chromium ${browser.version()}; load average at start ${load()}`);
  console.log(`viewport ${1280}×${800}, fresh browser context per load (nothing cached); heap after a forced GC\n`);
  await printLoads();
  console.log('### coverage view in the page: from the click on its switch to the figures, and per radius step (5 to 50 km by 5)\n');
  console.log('| dataset | ready after the click (median of 3, min–max) | longest main-thread task meanwhile | map idle after the click (median) | longest task until that idle (median, max) | radius step, script (median, slowest) |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const dataset of datasets) {
    const url = server.url + site.pages(dataset).app;
    const samples = [];
    for (let i = 0; i < 3; i++) samples.push(await coverageInBrowser(browser, url));
    console.log(formatCoverageInBrowser(dataset, samples));
    // A tiled dataset's bare page draws no GeoJSON communes to draw lines over in the same way: no baseline row.
    if (dataset === 'national-tiles') continue;
    const bare = await bareCoverage(browser, server.url + site.pages(dataset).bare, 3, await coverageLines(folderOf(dataset)));
    console.log(formatBareCoverage(dataset, bare));
  }
  await printInteractions(browser, folderOf);
  printJs(site.bareOut);
  if (national) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const r = runValidate([national]);
    const used = process.cpuUsage(cpu);
    console.log(`\nnpm run validate on the national dataset (in this process): ${((used.user + used.system) / 1e6).toFixed(1)} s CPU, ${((performance.now() - t) / 1000).toFixed(1)} s wall, exit ${r.code} (target: 10 s CPU)`);
  }
  console.log(VALIDATION_HEADING);
  console.log(validationTable());
  console.log('\ncoverage recompute in Node (what a radius slider step runs), radii 1 to 50 km:\n');
  console.log(formatCoverageFigures(coverageFigures()));
  console.log(`\nload average at the end ${load()}`);
} finally {
  await cleanUp();
}
