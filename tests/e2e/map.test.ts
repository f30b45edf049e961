import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Point, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { bbox, booleanPointInPolygon, distance, point, pointToLineDistance, polygonToLine } from '@turf/turf';
import { PALETTE } from '../../src/style/palette.ts';
import { useBuiltApp } from './helpers/app.ts';
import { goTo, mapReady } from './helpers/browser.ts';
import { sampleMapCanvas, samplePng } from './helpers/canvasColours.ts';

const app = useBuiltApp();
mkdirSync('test-results', { recursive: true });
const read = <T>(name: string): T => JSON.parse(readFileSync(`data/demo/${name}`, 'utf8')) as T;
const communes = read<FeatureCollection<Polygon, { id: string }>>('communes.geojson').features;
const points = [...read<FeatureCollection<Point>>('facilities.geojson').features, ...read<FeatureCollection<Point>>('markers.geojson').features];

/** A place well inside a commune and away from every station and marker drawn over it: where the pointer finds the commune. */
function insideCommune(commune: Feature<Polygon>): [number, number] {
  const [w, s, e, n] = bbox(commune);
  const edge = polygonToLine(commune);
  let best: [number, number] = [w, s];
  let score = -1;
  for (let i = 1; i < 30; i++) {
    for (let j = 1; j < 30; j++) {
      const at = point([w + ((e - w) * i) / 30, s + ((n - s) * j) / 30]);
      if (!booleanPointInPolygon(at, commune)) continue;
      const clear = Math.min(pointToLineDistance(at, edge as Feature<never>), ...points.map((p) => distance(at, p)));
      if (clear > score) [best, score] = [at.geometry.coordinates as [number, number], clear];
    }
  }
  return best;
}

/** Shares of the map's pixels in each colour, within a commune's extent on screen (a few px around it). */
async function inCommune(page: Page, commune: Feature<Polygon>, colours: Record<string, string>) {
  const [w, s, e, n] = bbox(commune);
  const [a, b] = await page.evaluate(([nw, se]) => [window.borderAtlas!.project(nw), window.borderAtlas!.project(se)], [[w, n], [e, s]] as [[number, number], [number, number]]);
  const box: [number, number, number, number] = [Math.floor(a!.x) - 4, Math.floor(a!.y) - 4, Math.ceil(b!.x) + 4, Math.ceil(b!.y) + 4];
  return (await samplePng(page, await page.locator('.layout-map').screenshot(), colours, box)).share;
}

// The five tests share one page, loaded once (a load costs seconds of software WebGL), with every request it makes
// from the start kept for the offline test; the layer test, which switches a layer off, runs last.
describe.sequential('the map', () => {
  const requests: string[] = [];
  const shared = app.shared('', undefined, async (page) => { page.on('request', (r) => requests.push(r.url())); });

  it('reaches idle with every layer drawn, served under a sub-path, and its screenshot is not blank', async () => {
    const { page, problems } = shared();
    await mapReady(page);
    await goTo(page, '');
    await page.screenshot({ path: 'test-results/map.png' });
    const sample = await sampleMapCanvas(page, {
      sea: PALETTE.sea, vietnam: PALETTE.landVietnam, neighbour: PALETTE.landNeighbour, border: PALETTE.borderLine,
    });
    expect(sample.distinctColours).toBeGreaterThan(200);
    expect(sample.share.sea).toBeGreaterThan(0.01);
    expect(sample.share.vietnam).toBeGreaterThan(0.05);
    expect(sample.share.neighbour).toBeGreaterThan(0.05);
    expect(sample.share.border).toBeGreaterThan(0.001);
    expect(problems).toEqual([]);
  });

  it('runs offline: every request stays on the site, fonts included', async () => {
    const { page, problems } = shared();
    await goTo(page, '');
    const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
    expect(fonts.join()).toContain('Be Vietnam Pro');
    expect(requests.filter((u) => !u.startsWith(app.url()))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('draws its labels in fonts read while the dataset loads: no font is asked for once the map draws', async () => {
    const { page, problems } = shared();
    await goTo(page, '');
    const { mapFaces, lateFonts } = await page.evaluate(() => {
      const firstFrame = performance.getEntriesByName('ba:first-render')[0]!.startTime;
      return {
        // The faces MapLibre made from the files for its labels (regular and semibold, Latin and Vietnamese letters).
        mapFaces: [...document.fonts].filter((f) => f.family.startsWith('maplibre-gl-font-face-') && f.status === 'loaded').length,
        lateFonts: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.woff2') && e.startTime > firstFrame).map((e) => e.name),
      };
    });
    expect(mapFaces).toBe(4);
    expect(lateFonts).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('outlines the commune under the pointer and the selected commune, and neither once the pointer leaves and the selection closes', async () => {
    const { page, problems } = shared();
    await goTo(page, '');
    const paU = communes.find((f) => f.properties.id === '03442')!;
    const colours = { hover: PALETTE.hover, selected: PALETTE.selected };
    const before = await inCommune(page, paU, colours);
    const map = (await page.locator('.layout-map').boundingBox())!;
    const at = await page.evaluate((ll) => window.borderAtlas!.project(ll), insideCommune(paU));
    await page.mouse.move(map.x + at.x, map.y + at.y);
    await page.evaluate(() => window.borderAtlas?.idle());
    const hovered = await inCommune(page, paU, colours);
    expect(hovered.hover).toBeGreaterThan(before.hover! + 0.01);
    await page.mouse.move(map.x + 2, map.y + map.height - 2);
    await page.evaluate(() => window.borderAtlas?.idle());
    expect((await inCommune(page, paU, colours)).hover).toBeLessThan(before.hover! + 0.002);
    // Selected from a link: the map moves to the commune, and the link then holds the camera to come back to without it.
    await goTo(page, '?select=03442');
    const selected = await inCommune(page, paU, colours);
    expect(selected.selected).toBeGreaterThan(0.01);
    await goTo(page, new URL(page.url()).search.replace(/([?&])select=03442&?/, '$1'));
    expect((await inCommune(page, paU, colours)).selected).toBeLessThan(selected.selected! / 10);
    expect(problems).toEqual([]);
  });

  it('a layer switched off disappears from the map and from the URL', async () => {
    const { page, problems } = shared();
    await goTo(page, '');
    const before = await sampleMapCanvas(page, { border: PALETTE.borderLine });
    expect(before.share.border).toBeGreaterThan(0.001);
    await page.uncheck('input[data-layer="borderLine"]');
    await page.waitForFunction(() => !location.search.includes('borderLine') && location.search.includes('layers='));
    await page.evaluate(() => window.borderAtlas?.idle());
    const after = await sampleMapCanvas(page, { border: PALETTE.borderLine });
    expect(after.share.border).toBeLessThan((before.share.border ?? 0) / 5);
    expect(problems).toEqual([]);
  });
});
