/**
 * npm run bench: builds a bare MapLibre page beside the app, then in one
 * Chromium measures time to first map idle for both, and the JavaScript the
 * app ships beyond MapLibre; then validation and coverage in Node. Prints
 * tables; docs/performance.md records them. `--only validation` or
 * `--only coverage` runs that part alone, with no browser; `--only bigfiles`
 * drops the worst file shapes into the built app (bigFilesBench.ts).
 */
import { cpus, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { startStaticServer } from '../serve/staticServer.ts';
import { launchChromium } from '../../tests/e2e/helpers/browser.ts';
import { jsFiles, sum } from './jsSize.ts';
import { measureLoad, median } from './measure.ts';
import { validationTable } from './validationBench.ts';
import { coverageFigures, formatCoverageFigures } from './coverageBench.ts';
import { bigFilesFigures, formatBigFiles } from './bigFilesBench.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RUNS = 5;
const VALIDATION_HEADING = '\nvalidation in Node (the code the app runs in its worker), from the file\'s bytes to the reports, against the demo dataset, median of 3 runs:\n';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
if (only === 'validation' || only === 'coverage') {
  console.log(only === 'validation' ? `${VALIDATION_HEADING}\n${validationTable()}` : formatCoverageFigures(coverageFigures()));
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

const bareOut = mkdtempSync(join(tmpdir(), 'border-atlas-bare-'));
await build({ root: join(ROOT, 'scripts/bench/bare'), base: './', logLevel: 'warn', build: { outDir: bareOut, emptyOutDir: true, target: 'es2022' } });

const app = await startStaticServer({ root: join(ROOT, 'dist'), base: '/maps/atlas/' });
const bare = await startStaticServer({ root: bareOut, base: '/bare/' });
const browser = await launchChromium();
try {
  // One warm-up load each, so the first measured load does not pay for Chromium's own start-up.
  await measureLoad(browser, bare.url);
  await measureLoad(browser, app.url);
  const appRuns = [];
  const bareRuns = [];
  for (let i = 0; i < RUNS; i++) {
    bareRuns.push(await measureLoad(browser, bare.url));
    appRuns.push(await measureLoad(browser, app.url));
  }
  const appMs = median(appRuns.map((r) => r.readyMs));
  const bareMs = median(bareRuns.map((r) => r.readyMs));
  const appJs = jsFiles(join(ROOT, 'dist'));
  const bareJs = jsFiles(bareOut);
  const beyond = sum(appJs) - sum(bareJs);
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

  console.log(`Border Atlas benchmark, ${new Date().toISOString().slice(0, 10)}`);
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; node ${process.version}; chromium ${browser.version()}`);
  console.log(`loads: median of ${RUNS} cold loads each, 1280×800, fresh context per load\n`);
  console.log('| measure | value | target | |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| app: navigation to map idle | ${appMs.toFixed(0)} ms (runs: ${appRuns.map((r) => r.readyMs.toFixed(0)).join(', ')}) | | |`);
  console.log(`| bare MapLibre page: navigation to map idle | ${bareMs.toFixed(0)} ms (runs: ${bareRuns.map((r) => r.readyMs.toFixed(0)).join(', ')}) | | |`);
  console.log(`| app / bare | ${(appMs / bareMs).toFixed(2)}× | ≤ 1.5× | ${verdict(appMs / bareMs <= 1.5)} |`);
  console.log(`| JS shipped beyond MapLibre, gzipped | ${kb(beyond)} (app ${kb(sum(appJs))} − bare ${kb(sum(bareJs))}) | ≤ 150 KB | ${verdict(beyond <= 150 * 1024)} |`);
  console.log(`| JS heap once idle | app ${kb(median(appRuns.map((r) => r.heapBytes)))}, bare ${kb(median(bareRuns.map((r) => r.heapBytes)))} | | |`);
  console.log(VALIDATION_HEADING);
  console.log(validationTable());
  console.log('\ncoverage recompute in Node (what a radius slider step runs), radii 1 to 50 km:\n');
  console.log(formatCoverageFigures(coverageFigures()));
  console.log('\nfiles (gzipped):');
  for (const f of appJs) console.log(`  app  ${f.name}: ${kb(f.bytes)} → ${kb(f.gzipBytes)}`);
  for (const f of bareJs) console.log(`  bare ${f.name}: ${kb(f.bytes)} → ${kb(f.gzipBytes)}`);
} finally {
  await browser.close();
  await app.close();
  await bare.close();
  rmSync(bareOut, { recursive: true, force: true });
}
