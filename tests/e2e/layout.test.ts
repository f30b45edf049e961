import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bbox } from '@turf/turf';
import type { FeatureCollection } from 'geojson';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './helpers/app.ts';
import { goTo, mapReady } from './helpers/browser.ts';
import { describeFindings, seriousViolations } from './helpers/axe.ts';

const app = useBuiltApp();

const DEMO = resolve(import.meta.dirname, '../../data/demo');
const areas = ['provinces', 'communes'].flatMap((layer) => (JSON.parse(readFileSync(`${DEMO}/${layer}.geojson`, 'utf8')) as FeatureCollection).features);

/** The area's extent [west, south, east, north], from the dataset's own file. */
function extentOf(id: string): [number, number, number, number] {
  const feature = areas.find((f) => f.properties?.id === id);
  if (!feature) throw new Error(`data/demo has no province or commune with id ${id}`);
  return bbox(feature) as [number, number, number, number];
}

interface Box { left: number; top: number; right: number; bottom: number }

/**
 * Everything drawn over the map that can hide part of it: the drawers (or,
 * before them, whatever sat in the left column), the area sheet, the
 * toolbar, the notice about a link, and MapLibre's buttons, scale and credits.
 */
const OVERLAYS = '.layout-header, .layout-left > *, .layout-side, .url-notice, .maplibregl-ctrl';

/**
 * Where the area's extent lies on screen, and what covers the map: the
 * map's own rectangle cut to the window, and every overlay showing.
 */
async function layoutOf(page: Page, id: string): Promise<{ area: Box; map: Box; overlays: (Box & { what: string })[] }> {
  await page.evaluate(() => window.borderAtlas?.idle());
  const [w, s, e, n] = extentOf(id);
  return page.evaluate(({ w, s, e, n, selector }) => {
    const mapBox = document.querySelector('.layout-map')!.getBoundingClientRect();
    const nw = window.borderAtlas!.project([w, n]);
    const se = window.borderAtlas!.project([e, s]);
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return {
      area: { left: mapBox.left + nw.x, top: mapBox.top + nw.y, right: mapBox.left + se.x, bottom: mapBox.top + se.y },
      map: { left: Math.max(mapBox.left, 0), top: Math.max(mapBox.top, 0), right: Math.min(mapBox.right, innerWidth), bottom: Math.min(mapBox.bottom, innerHeight) },
      overlays: [...document.querySelectorAll(selector)]
        .map((el) => ({ ...box(el.getBoundingClientRect()), what: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` }))
        .filter((r) => r.right > r.left && r.bottom > r.top),
    };
  }, { w, s, e, n, selector: OVERLAYS });
}

/** The area's extent lies inside the map's rectangle on screen and under none of the overlays (to a pixel). */
async function expectFullyVisible(page: Page, id: string): Promise<void> {
  const { area, map, overlays } = await layoutOf(page, id);
  const where = (b: Box) => `[${Math.round(b.left)}, ${Math.round(b.top)}, ${Math.round(b.right)}, ${Math.round(b.bottom)}]`;
  expect(area.left, `area ${id} ${where(area)} starts left of the map ${where(map)}`).toBeGreaterThanOrEqual(map.left - 1);
  expect(area.top, `area ${id} ${where(area)} starts above the map ${where(map)}`).toBeGreaterThanOrEqual(map.top - 1);
  expect(area.right, `area ${id} ${where(area)} ends right of the map ${where(map)}`).toBeLessThanOrEqual(map.right + 1);
  expect(area.bottom, `area ${id} ${where(area)} ends below the map ${where(map)}`).toBeLessThanOrEqual(map.bottom + 1);
  const covering = overlays.filter((o) => o.left < area.right - 1 && o.right > area.left + 1 && o.top < area.bottom - 1 && o.bottom > area.top + 1);
  expect(covering.map((o) => `${o.what} ${where(o)}`), `area ${id} ${where(area)} lies under`).toEqual([]);
}

/** Opens an area as a reader would: typing its name in the search box and pressing Enter. */
async function searchFor(page: Page, name: string, id: string): Promise<void> {
  const input = page.locator('.search-input');
  await input.fill(name);
  await input.press('Enter');
  await page.waitForSelector(`aside.panel[data-area-id="${id}"]`);
}

/** The map's canvas, CSS px and drawing-buffer px: what MapLibre redraws whole when it changes. */
async function canvasSize(page: Page): Promise<number[]> {
  await page.evaluate(() => window.borderAtlas?.idle());
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
    return [canvas.clientWidth, canvas.clientHeight, canvas.width, canvas.height];
  });
}

/** MapLibre's zoom buttons, scale and credits are all inside the window and none lies under the side sheet. */
async function expectControlsClear(page: Page): Promise<void> {
  const { controls, side } = await page.evaluate(() => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, what: [...e.classList].join('.') };
    };
    return {
      controls: [...document.querySelectorAll('.maplibregl-ctrl')].map(box).filter((r) => r.right > r.left && r.bottom > r.top),
      side: box(document.querySelector('.layout-side')!),
    };
  });
  expect(controls.map((c) => c.what).join(' ')).toMatch(/maplibregl-ctrl-scale/);
  expect(controls.map((c) => c.what).join(' ')).toMatch(/maplibregl-ctrl-attrib/);
  const [width, height] = await page.evaluate(() => [innerWidth, innerHeight]);
  for (const c of controls) {
    const where = `${c.what} [${Math.round(c.left)}, ${Math.round(c.top)}, ${Math.round(c.right)}, ${Math.round(c.bottom)}]`;
    expect(c.left >= 0 && c.top >= 0 && c.right <= width && c.bottom <= height, `${where} lies outside the window`).toBe(true);
    const under = side.right > side.left && c.left < side.right && c.right > side.left && c.top < side.bottom && c.bottom > side.top;
    expect(under, `${where} lies under the side sheet [${Math.round(side.left)}, ${Math.round(side.top)}, ${Math.round(side.right)}, ${Math.round(side.bottom)}]`).toBe(false);
  }
}

const LAI_CHAU = '12';
const NGHE_AN = '40';
const MUONG_TIP = { id: '16858', name: 'Mường Típ' };
const MU_CA = '03451';

// One page per window size: each page load draws the map in software WebGL, the dearest step of these tests.
describe('the selected area is always fully visible, clear of every panel and drawer; panels open over the map, which keeps its size', () => {
  for (const viewport of [{ width: 1440, height: 900 }, { width: 1024, height: 768 }, { width: 390, height: 844 }]) {
    it(`at ${viewport.width}×${viewport.height}: a province opened by a link, then a commune by the search box, then the import report, all clear; the map's canvas, buttons, scale and credits stay as they were`, async () => {
      const { page, problems } = await app.open(`?select=${LAI_CHAU}`, viewport);
      await mapReady(page);
      await page.waitForSelector(`aside.panel[data-area-id="${LAI_CHAU}"]`);
      await expectFullyVisible(page, LAI_CHAU);
      const size = await canvasSize(page);
      await expectControlsClear(page);
      await searchFor(page, MUONG_TIP.name, MUONG_TIP.id);
      expect(await canvasSize(page)).toEqual(size);
      await expectFullyVisible(page, MUONG_TIP.id);
      await expectControlsClear(page);
      await page.screenshot({ path: `test-results/layout-${viewport.width}.png` });
      await page.setInputFiles('#import-files', ['tests/fixtures/in/bad/duplicate-id.geojson']);
      await page.locator('.report-file[data-file-name="duplicate-id.geojson"]').waitFor();
      expect(await canvasSize(page)).toEqual(size);
      await expectFullyVisible(page, MUONG_TIP.id);
      await expectControlsClear(page);
      const findings = await seriousViolations(page);
      expect(findings, `axe-core found:\n${describeFindings(findings)}`).toEqual([]);
      await page.screenshot({ path: `test-results/layout-over-${viewport.width}.png` });
      await page.locator('.report-close').click();
      await page.locator('aside.panel .panel-close').click();
      await page.waitForSelector('.layout-side', { state: 'hidden' });
      expect(await canvasSize(page)).toEqual(size);
      await expectControlsClear(page);
      expect(problems).toEqual([]);
    });
  }
});

describe('drawers and credits that leave the map clear', () => {
  it('on a phone the drawers start folded; one opened stays open after a reload', async () => {
    const { page, problems } = await app.open('', { width: 390, height: 844 });
    await mapReady(page);
    const controls = page.locator('.drawer-controls .drawer-toggle');
    const legend = page.locator('.drawer-legend .drawer-toggle');
    expect(await controls.getAttribute('aria-expanded')).toBe('false');
    expect(await legend.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#stat-picker').isVisible()).toBe(false);
    await controls.click();
    expect(await page.locator('#stat-picker').isVisible()).toBe(true);
    await page.reload();
    await mapReady(page);
    expect(await page.locator('.drawer-controls .drawer-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator('.drawer-legend .drawer-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(problems).toEqual([]);
  });
});

// The embed is a mode a page loads in: its two tests share one page, loaded once in it, and go to their links with goTo
// as Back and Forward would (the sheet a link opens is fitted clear of the same way). The credits stay folded until the
// second test unfolds them.
describe.sequential('in a 360×640 embed, the map stays clear', () => {
  const shared = app.shared(`?embed=1&select=${NGHE_AN}`, { width: 360, height: 640 });

  it('a province and a commune opened by links lie clear of the sheet, and closing the sheet leaves the map the size it had', async () => {
    const { page, problems } = shared();
    for (const id of [NGHE_AN, MU_CA]) {
      await goTo(page, `?embed=1&select=${id}`);
      await page.waitForSelector(`aside.panel[data-area-id="${id}"]`);
      await expectFullyVisible(page, id);
      await expectControlsClear(page);
      const size = await canvasSize(page);
      await page.screenshot({ path: `test-results/layout-embed-${id}.png` });
      await page.locator('aside.panel .panel-close').click();
      await page.waitForSelector('.layout-side', { state: 'hidden' });
      expect(await canvasSize(page)).toEqual(size);
    }
    expect(problems).toEqual([]);
  });

  it('the credits are one line, a button that unfolds them, and the legend is folded', async () => {
    const { page, problems } = shared();
    await goTo(page, '?embed=1');
    const attrib = page.locator('.maplibregl-ctrl-attrib');
    expect((await attrib.boundingBox())!.height).toBeLessThanOrEqual(30);
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').isVisible()).toBe(false);
    await page.locator('.maplibregl-ctrl-attrib-button').click();
    await expect.poll(() => page.locator('.maplibregl-ctrl-attrib-inner').isVisible()).toBe(true);
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').textContent()).toContain('OpenStreetMap');
    expect(await page.locator('.drawer-legend .drawer-toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('.legend').isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });
});
