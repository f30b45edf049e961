/**
 * The baseline of the interactions' long tasks: the bare same-data page
 * (MapLibre alone, the same files, a plain style) making to its own map the
 * changes the app's switches make to the app's. A statistic switch recolours
 * the communes: here one constant colour for another, a frame of the same
 * view with none of the app's work. A language switch sets the countries'
 * label field to the other language: here the same field change (`nameVi`
 * ↔ `nameEn`), so their labels are laid out again. Where WebGL is drawn on
 * the CPU (SwiftShader), one frame of the national view can itself be a task
 * over 200 ms, whatever the page does; these rows say how long such frames
 * are without the app.
 */
import type { Browser, Page } from 'playwright-core';
import { once, openForInputs, type InteractionKind, type InteractionSample } from './interactionBench.ts';

/** The bare page's changes, named as the app's switches they stand for. */
export const BARE_NAMES: Partial<Record<InteractionKind, string>> = {
  stat: 'communes recoloured (as by a statistic switch)',
  lang: "countries' label field changed (as by a language switch)",
};

/** Resolves once the bare page has drawn whatever changed, as the app's idle does (src/map/whenIdle.ts). */
export const bareIdle = (page: Page) => page.evaluate(() => (window as unknown as { bareIdle: () => Promise<void> }).bareIdle());

/** Loads the bare page once ready, then makes each change `runs` times (after one not counted), alternating. */
export async function bareFrames(browser: Browser, url: string, runs: number): Promise<InteractionSample[]> {
  const { context, page, cdp } = await openForInputs(browser, url, bareIdle, '#app[data-map-ready]');
  try {
    const change = (kind: InteractionKind, i: number) => page.evaluate(({ kind, i }) => {
      (window as unknown as { __bench: { t0: number } }).__bench.t0 = performance.now();
      const map = (window as unknown as { bareMap: import('maplibre-gl').Map }).bareMap;
      if (kind === 'stat') map.setPaintProperty('communes-fill', 'fill-color', i % 2 === 0 ? '#d9c48a' : '#e9d8a6');
      else map.setLayoutProperty('countries-label', 'text-field', ['get', i % 2 === 0 ? 'nameEn' : 'nameVi']);
      return i % 2 === 0 ? 'a' : 'b';
    }, { kind, i });
    const out: InteractionSample[] = [];
    for (const kind of ['stat', 'lang'] as const) {
      await change(kind, runs);
      await bareIdle(page);
      for (let i = 0; i < runs; i++) out.push(await once(page, cdp, kind, () => change(kind, i), bareIdle));
    }
    return out;
  } finally {
    await context.close();
  }
}
