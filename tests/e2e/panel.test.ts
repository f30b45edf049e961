import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import type { CommuneFeature, FacilityProps, TwinPairFeature } from '../../src/data/types.ts';
import { useBuiltApp } from './helpers/app.ts';
import { mapReady } from './helpers/browser.ts';

const app = useBuiltApp();
const read = <T>(name: string): T => JSON.parse(readFileSync(`data/demo/${name}`, 'utf8')) as T;
const H1_2024 = '2024-01-01/2024-06-30';

describe('the area panel', () => {
  it("?select=12 opens Lai Châu's panel with 224 patrols in the first half of 2024 and an outreach audience of 37.732, both sourced", async () => {
    const { page, problems } = await app.open('?select=12');
    await mapReady(page);
    const panel = page.locator('aside.panel[data-area-id="12"]');
    await expect(panel.locator('.panel-title').textContent()).resolves.toBe('Lai Châu');
    const patrols = panel.locator(`[data-metric="patrols"][data-period="${H1_2024}"]`);
    const audience = panel.locator(`[data-metric="outreach_audience"][data-period="${H1_2024}"]`);
    expect(await patrols.locator('.value').textContent()).toBe('224');
    expect(await audience.locator('.value').textContent()).toBe('37.732');
    for (const row of [patrols, audience]) {
      expect(await row.locator('.source').textContent()).toMatch(/Nguồn: .+/);
      expect(await row.locator('.badge-illustrative').count()).toBe(0);
    }
    await page.screenshot({ path: 'test-results/panel-lai-chau.png' });
    expect(problems).toEqual([]);
  });

  it('figures that were never published carry the illustrative badge', async () => {
    const { page } = await app.open('?select=03451');
    await mapReady(page);
    const row = page.locator(`aside.panel[data-area-id="03451"] [data-metric="patrols"][data-period="${H1_2024}"]`);
    expect(await row.locator('.badge-illustrative').textContent()).toBe('Minh hoạ');
  });

  it('clicking a commune on the map opens its panel and puts it in the URL; back closes it again', async () => {
    const { page, problems } = await app.open();
    await mapReady(page);
    const communes = read<FeatureCollection>('communes.geojson').features as CommuneFeature[];
    const facilities = read<FeatureCollection<Point, FacilityProps>>('facilities.geojson').features;
    const twinEnds = (read<FeatureCollection>('twin-pairs.geojson').features as TwinPairFeature[]).flatMap((f) => f.geometry.coordinates);
    // A commune whose centre has no symbol on it, so the click lands on the commune itself.
    const clear = communes.filter(
      (c) => [...facilities.map((f) => f.geometry.coordinates), ...twinEnds].every((p) => distance(p, c.properties.centre) > 8),
    );
    let target: { id: string; x: number; y: number } | null = null;
    for (const c of clear) {
      const p = await page.evaluate((lngLat) => window.borderAtlas?.project(lngLat), c.properties.centre);
      if (!p) continue;
      const onMap = await page.evaluate(({ x, y }) => {
        const box = document.querySelector('.layout-map')?.getBoundingClientRect();
        const hit = box && document.elementFromPoint(box.left + x, box.top + y);
        return hit?.classList.contains('maplibregl-canvas') ?? false;
      }, p);
      if (onMap) { target = { id: c.properties.id, ...p }; break; }
    }
    expect(target).not.toBeNull();
    if (!target) return;
    await page.locator('.layout-map').click({ position: { x: target.x, y: target.y } });
    await page.waitForSelector(`aside.panel[data-area-id="${target.id}"]`);
    expect(new URL(page.url()).searchParams.get('select')).toBe(target.id);
    await page.goBack();
    await page.waitForSelector('aside.panel[hidden]', { state: 'attached' });
    expect(new URL(page.url()).searchParams.get('select')).toBeNull();
    await page.goForward();
    await page.waitForSelector(`aside.panel[data-area-id="${target.id}"]`);
    expect(problems).toEqual([]);
  });

  it('a link in the panel opens the linked area, and Escape closes the panel', async () => {
    const { page } = await app.open('?select=03451');
    await mapReady(page);
    await page.click('aside.panel .panel-parents [data-select="12"]');
    await page.waitForSelector('aside.panel[data-area-id="12"]');
    await page.focus('aside.panel .panel-title');
    await page.keyboard.press('Escape');
    await page.waitForSelector('aside.panel[hidden]', { state: 'attached' });
  });
});
