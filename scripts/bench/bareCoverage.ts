/**
 * The baseline of the coverage switch's long tasks: the bare same-data page
 * showing the same coverage lines the app's switch shows (its rings, its
 * covered and uncovered border with the casing, its splits, at the app's
 * default radius), with the app's own layer specs, and nothing else: no
 * panel, no figures computed on the page. Where WebGL is drawn on the CPU
 * (SwiftShader), the frames that first draw them are as long without the app.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import type { Browser } from 'playwright-core';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { withDerivedFacts } from '../../src/geo/withDerivedFacts.ts';
import { coverageRequest } from '../../src/coverage/coverageRequest.ts';
import { prepareForApp } from '../../src/coverage/prepareForApp.ts';
import { coverageModel } from '../../src/coverage/prepareCoverage.ts';
import { coverageGeoJson } from '../../src/coverage/coverageGeoJson.ts';
import { COVERAGE_LAYERS } from '../../src/map/layerIds.ts';
import { DEFAULT_STATE } from '../../src/state/schema.ts';
import { buildChoropleth } from '../../src/stats/buildChoropleth.ts';
import { once, openForInputs } from './interactionBench.ts';
import { bareIdle } from './bareFrames.ts';

/** What the bare page is given: the app's coverage sources (with their data at the default radius) and layers. */
interface CoverageLines {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** The app's coverage view for a dataset folder at the default radius, computed as the app's worker does. */
export async function coverageLines(folder: string): Promise<CoverageLines> {
  const base = `${folder.replace(/\/+$/, '')}/`;
  const dataset = withDerivedFacts(await loadDataset(base, { fetch: async (url) => new Response(readFileSync(url.replace(/\/\/+/g, '/'))) }), new Set());
  const model = coverageModel(prepareForApp(coverageRequest(dataset, 'file:///')).data);
  const lines = coverageGeoJson(model, model.at(DEFAULT_STATE.radius));
  // The style imports the label fonts as Vite assets, which Node alone cannot load: Vite's own loader can.
  const vite = await createServer({ root: resolve(import.meta.dirname, '../..'), server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error' });
  const { buildStyle } = (await vite.ssrLoadModule('/src/map/buildStyle.ts').finally(() => vite.close())) as typeof import('../../src/map/buildStyle.ts');
  const style = buildStyle({
    dataset, lang: DEFAULT_STATE.lang, layers: DEFAULT_STATE.layers, baseUrl: 'file:///', coverage: true,
    choropleth: buildChoropleth(dataset, DEFAULT_STATE.stat, null),
  });
  const data: Record<string, unknown> = { coverageBorder: lines.border, coverageRings: lines.rings, coverageSplits: lines.splits };
  const layers = style.layers.filter((l) => (COVERAGE_LAYERS as readonly string[]).includes(l.id)) as LayerSpecification[];
  const sources = Object.fromEntries(Object.keys(data).map((id) => [id, { ...style.sources[id], data: data[id] } as SourceSpecification]));
  return { sources, layers };
}

/** Loads the bare page, adds the coverage lines hidden, then shows them `runs` times (hidden again in between, not counted): the tasks over 200 ms to idle each time. */
export async function bareCoverage(browser: Browser, url: string, runs: number, lines: CoverageLines): Promise<number[][]> {
  const { context, page, cdp } = await openForInputs(browser, url, bareIdle, '#app[data-map-ready]');
  try {
    // Plain JSON across to the page: MapLibre's own types are too deep for evaluate's.
    const given = JSON.parse(JSON.stringify(lines)) as { sources: Record<string, object>; layers: { id: string; layout?: object }[] };
    await page.evaluate(({ sources, layers }) => {
      const map = (window as unknown as { bareMap: import('maplibre-gl').Map }).bareMap;
      for (const [id, source] of Object.entries(sources)) map.addSource(id, source as never);
      for (const layer of layers) map.addLayer({ ...layer, layout: { ...(layer.layout ?? {}), visibility: 'none' } } as never);
    }, given);
    await bareIdle(page);
    const show = (visible: boolean) => page.evaluate(({ ids, visible }) => {
      (window as unknown as { __bench: { t0: number } }).__bench.t0 = performance.now();
      const map = (window as unknown as { bareMap: import('maplibre-gl').Map }).bareMap;
      for (const id of ids) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
      return visible ? 'shown' : 'hidden';
    }, { ids: lines.layers.map((l) => l.id), visible });
    const out: number[][] = [];
    for (let i = 0; i < runs; i++) {
      await show(false);
      await bareIdle(page);
      const sample = await once(page, cdp, 'coverage', () => show(true), bareIdle);
      out.push(sample.longTasks.map((t) => t.ms));
    }
    return out;
  } finally {
    await context.close();
  }
}

/** The baseline's row in the coverage table: how many showings had tasks over 200 ms until idle, and the longest. */
export function formatBareCoverage(dataset: string, runs: number[][]): string {
  const over = runs.flat();
  const longest = over.length > 0 ? `, longest ${Math.max(...over).toFixed(0)} ms` : '';
  return `| ${dataset}, bare same-data page showing the same lines (baseline) | – | – | – | ${over.length} over 200 ms in ${runs.length} showings${longest} | – |`;
}
