import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { prepareCoverage } from '../../src/coverage/prepareCoverage.ts';
import { countsForCoverage, stationsFrom } from '../../src/coverage/Station.ts';
import { PALETTE } from '../../src/style/palette.ts';
import { useBuiltApp } from './helpers/app.ts';
import { goTo } from './helpers/browser.ts';
import { sampleMapCanvas } from './helpers/canvasColours.ts';

const app = useBuiltApp();
const read = <T>(name: string): T => JSON.parse(readFileSync(`data/demo/${name}`, 'utf8')) as T;
// The same engine the page runs, on the same files: what the page must show.
const model = prepareCoverage(
  read<FeatureCollection<LineString | MultiLineString>>('border-line.geojson').features,
  stationsFrom(read<FeatureCollection<Point>>('facilities.geojson').features.filter((f) => countsForCoverage(f.properties))),
);

// The tests share one page, loaded once at the default camera: each goes to its link with goTo (the app reads the whole
// link again, as on Back and Forward). The gap test runs before anything moves the camera, which its "zoomed in" check
// measures against; the station test, which opens another panel, comes after it, and the switch, which steps Back over
// the entry its own link made, last.
describe.sequential('the coverage view', () => {
  const shared = app.shared('?view=coverage&radius=5');

  it('moving the radius redraws the covered border, the communes it leaves out, the figures and the URL', async () => {
    const { page, problems } = shared();
    await goTo(page, '?view=coverage&radius=5');
    const headline = page.locator('.coverage-headline');
    expect(Number(await headline.getAttribute('data-covered-km'))).toBeCloseTo(model.at(5).coveredKm, 2);
    const classes = { covered: PALETTE.covered, uncovered: PALETTE.uncovered, flagged: PALETTE.flagged };
    const before = await sampleMapCanvas(page, classes);
    // Communes far from every station are outlined: fewer of them as the radius grows.
    expect(before.share.flagged).toBeGreaterThan(0.0001);
    await page.locator('#coverage-radius').fill('30');
    await page.evaluate(() => window.borderAtlas?.idle());
    expect(Number(await headline.getAttribute('data-covered-km'))).toBeCloseTo(model.at(30).coveredKm, 2);
    expect(await headline.textContent()).toContain('Trong bán kính 30 km');
    expect(page.url()).toContain('radius=30');
    const after = await sampleMapCanvas(page, classes);
    expect(after.share.covered).toBeGreaterThan(before.share.covered! * 1.5);
    expect(after.share.uncovered).toBeLessThan(before.share.uncovered!);
    expect(after.share.flagged).toBeLessThan(before.share.flagged!);
    expect(problems).toEqual([]);
  });

  it('says it measures the border as drawn and the stations on the map, and which published stations are missing', async () => {
    const { page } = shared();
    await goTo(page, '?view=coverage&radius=10');
    expect(await page.locator('.coverage-headline').textContent()).toContain('km đường biên vẽ trên bản đồ');
    const measured = page.locator('.coverage-measured li');
    expect(await measured.nth(0).textContent()).toBe('Lai Châu: vẽ 245,8 km (công bố 265,2 km), 10 đồn; 3 đồn công bố chưa có trên bản đồ, không được tính');
    expect(await measured.nth(1).textContent()).toBe('Nghệ An: vẽ 419,9 km (công bố 468,3 km), 8 đồn; chưa ghi nhận số đồn công bố');
    // Quỳnh Phương guards the coast: not among the stations whose sectors split the land border.
    expect(await page.locator('.coverage-sectors').textContent()).not.toContain('Quỳnh Phương');
    expect(await page.locator('.coverage-panel').textContent()).toContain('Đồn ven biển: không tính vào độ phủ đường biên đất liền.');
  });

  it('clicking a gap zooms the map to it', async () => {
    const { page, problems } = shared();
    await goTo(page, '?view=coverage&radius=10');
    const gap = model.at(10).gaps[0]!;
    const span = async () => {
      const [a, b] = await page.evaluate(([s, e]) => [window.borderAtlas!.project(s), window.borderAtlas!.project(e)], [gap.start, gap.end] as const);
      return { a: a!, b: b!, px: Math.hypot(a!.x - b!.x, a!.y - b!.y) };
    };
    const before = await span();
    await page.locator('.coverage-gaps button').first().click();
    await page.evaluate(() => window.borderAtlas?.idle());
    const after = await span();
    expect(after.px).toBeGreaterThan(before.px * 2);
    const box = (await page.locator('.layout-map').boundingBox())!;
    for (const p of [after.a, after.b]) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(box.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(box.height);
    }
    expect(problems).toEqual([]);
  });

  it("a station's panel gives its sector and how much of it the radius reaches; flagged communes open their panel", async () => {
    const { page, problems } = shared();
    await goTo(page, '?view=coverage&radius=10&select=station-thu-lum');
    const row = model.at(10).stations.find((s) => s.station.id === 'station-thu-lum')!;
    const facts = await page.locator('aside.panel .panel-facts').textContent();
    expect(facts).toContain(`Đoạn phụ trách${row.sectorKm.toFixed(1).replace('.', ',')} km`);
    expect(facts).toContain(`Trong bán kính (10 km)${row.coveredKm.toFixed(1).replace('.', ',')} km`);
    const first = page.locator('.coverage-flagged button').first();
    const id = await first.getAttribute('data-select');
    await first.click();
    await expect.poll(() => page.locator('aside.panel').getAttribute('data-area-id')).toBe(id);
    expect(page.url()).toContain('view=coverage');
    expect(problems).toEqual([]);
  });

  it('switching the view off hides the coverage panel and drops it from the URL; back brings it again', async () => {
    const { page } = shared();
    await goTo(page, '?view=coverage');
    await page.locator('#coverage-toggle').uncheck();
    await expect.poll(() => page.locator('.coverage-panel').isHidden()).toBe(true);
    expect(page.url()).not.toContain('view=coverage');
    await page.goBack();
    await expect.poll(() => page.locator('.coverage-panel').isVisible()).toBe(true);
  });
});
