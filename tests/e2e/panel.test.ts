import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import type { FeatureCollection, Point } from 'geojson';
import type { CommuneFeature, FacilityProps, TwinPairFeature } from '../../src/data/types.ts';
import { useBuiltApp } from './helpers/app.ts';
import { goTo } from './helpers/browser.ts';

const app = useBuiltApp();
const read = <T>(name: string): T => JSON.parse(readFileSync(`data/demo/${name}`, 'utf8')) as T;
const H1_2024 = '2024-01-01/2024-06-30';
/** zoom/lat/lon of a camera that shows both provinces whole. */
const WHOLE_REGION = '6.6/20.8/104.2';

// The panels share one page, loaded once: each test takes it to its link the way Back and Forward would (the app
// reads the whole link again); the one that expands a list collapses it again. The click on the map goes to a camera
// that shows both provinces first, as the page would open without one, and steps Back and Forward over its own entries.
describe.sequential('the area panel', () => {
  const shared = app.shared();

  it("?select=12 opens Lai Châu's panel with 224 patrols in the first half of 2024 and an outreach audience of 37.732, both sourced", async () => {
    const { page, problems } = shared();
    await goTo(page, '?select=12');
    const panel = page.locator('aside.panel[data-area-id="12"]');
    await expect(panel.locator('.panel-title').textContent()).resolves.toBe('Lai Châu');
    const patrols = panel.locator(`[data-metric="patrols"][data-period="${H1_2024}"]`);
    const audience = panel.locator(`[data-metric="outreach_audience"][data-period="${H1_2024}"]`);
    expect(await patrols.locator('.value').textContent()).toBe('224');
    expect(await audience.locator('.value').textContent()).toBe('37.732');
    for (const row of [patrols, audience]) {
      expect(await row.locator('.cite').textContent()).toMatch(/^\[\d+\]$/);
      expect(await row.locator('.badge-illustrative').count()).toBe(0);
    }
    // Each source once, numbered, with outlet and date: the figures' note is the Báo Tin tức report of 27/6/2024.
    const note = Number(/\d+/.exec((await patrols.locator('.cite').textContent()) ?? '')?.[0]);
    const notes = panel.locator('.panel-sources li');
    expect(await notes.nth(note - 1).textContent()).toContain('Báo Tin tức, 27/06/2024');
    const ids = await notes.evaluateAll((li) => li.map((x) => x.getAttribute('data-source-id')));
    expect(new Set(ids).size).toBe(ids.length);
    await page.screenshot({ path: 'test-results/panel-lai-chau.png' });
    expect(problems).toEqual([]);
  });

  it('?select=12 shows 22 border communes, 136 individual awards for 2019–2024 and "≈ 500" households, as the reports give them', async () => {
    const { page } = shared();
    await goTo(page, '?select=12');
    const panel = page.locator('aside.panel[data-area-id="12"]');
    const fact = (label: string) => panel.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
    expect(await fact('Xã biên giới (công bố)').textContent()).toMatch(/^22 \(28\/02\/2024\) \[\d+\]$/);
    expect(await panel.locator('[data-metric="individual_awards"][data-period="2019-01-01/2024-02-28"] .value').textContent()).toBe('136');
    expect(await panel.locator('[data-metric="households_supported"] .value').textContent()).toBe('≈ 500');
    expect(await panel.locator('[data-metric="workdays"] .value').textContent()).toBe('> 12.300');
    expect(await panel.locator('.panel-sources li', { hasText: 'Báo Tiền Phong, 28/02/2024' }).count()).toBe(1);
    // Drawn beside published: the map's border and stations are fewer than the sources count.
    expect(await fact('Đường biên vẽ trên bản đồ').textContent()).toMatch(/245,8 km, bằng 93% chiều dài công bố/);
    expect(await fact('Đồn có trên bản đồ').textContent()).toContain('10 trong 13 đồn công bố; 3 đồn chưa có vị trí');
  });

  it("Lai Châu's headline gives its published border length, border communes and patrols, each with the number of its note", async () => {
    const { page, problems } = shared();
    await goTo(page, '?select=12');
    const panel = page.locator('aside.panel[data-area-id="12"]');
    const tiles = panel.locator('.panel-headline .key-figure');
    expect(await tiles.evaluateAll((li) => li.map((x) => x.getAttribute('data-key')))).toEqual(['borderKm', 'borderCommuneCount', 'patrols']);
    expect(await tiles.locator('.key-number').allTextContents()).toEqual(['265,165', '22', '224']);
    const notes = panel.locator('.panel-sources li');
    for (const tile of await tiles.all()) {
      const cite = (await tile.locator('.cite').textContent()) ?? '';
      expect(cite).toMatch(/^\[\d+(, \d+)*\]$/);
      for (const n of cite.match(/\d+/g) ?? []) expect(await notes.nth(Number(n) - 1).count()).toBe(1);
      expect(await tile.locator('.badge-illustrative').count()).toBe(0);
    }
    // The headline's patrols and the figure line below cite the same note: one source, one number.
    const line = panel.locator(`[data-metric="patrols"][data-period="${H1_2024}"] .cite`);
    expect(await tiles.nth(2).locator('.cite').textContent()).toBe(await line.textContent());
    expect(await tiles.nth(2).locator('.key-when').textContent()).toBe('6 tháng đầu năm 2024');
    expect(problems).toEqual([]);
  });

  it('a commune lists its few figures by period, not under a category that repeats the metric, and its headline marks the made-up ones', async () => {
    const { page, problems } = shared();
    await goTo(page, '?select=03451&lang=en');
    const panel = page.locator('aside.panel[data-area-id="03451"]');
    const activity = panel.locator('.panel-activity');
    expect(await activity.locator('.activity-category').count()).toBe(0);
    expect(await activity.locator('h4').allTextContents()).toEqual(['H1 2024']);
    expect(await activity.locator('.figure-label').allTextContents()).toEqual(['Patrols', 'Outreach sessions', 'Outreach audience']);
    // Each figure beside the communes of its province, in a chart a screen reader hears as names and values.
    const chart = activity.locator('[data-metric="patrols"] svg.bar-chart[role="img"]');
    expect(await chart.getAttribute('aria-label')).toMatch(/^Patrols, H1 2024: .*Mù Cả 15/);
    // Its bars come after the panel shows (in view, or when the browser is idle), the commune's own stressed.
    await expect.poll(() => chart.locator('g.is-self rect.bar').count()).toBe(1);
    const tiles = panel.locator('.panel-headline .key-figure');
    expect(await tiles.evaluateAll((li) => li.map((x) => x.getAttribute('data-key')))).toEqual(['borderKmEst', 'patrols', 'outreach_audience']);
    expect(await tiles.nth(0).locator('.key-label').textContent()).toBe('Border length (estimated)');
    expect(await tiles.nth(1).locator('.badge-illustrative').textContent()).toBe('Illustrative');
    expect(await tiles.nth(2).locator('.badge-illustrative').count()).toBe(1);
    await page.screenshot({ path: 'test-results/panel-commune.png' });
    expect(problems).toEqual([]);
  });

  it('a chart far down a long panel gets its bars as the reader scrolls near it, not before', async () => {
    // The demo's communes have three figures each; here each has them for ten more half-years, every one with its chart.
    const { page, problems } = await app.open('?select=03451&lang=en', undefined, async (p) => {
      await p.route('**/data/demo/activity.json', async (route) => {
        const records = read<{ periodStart: string; periodEnd: string }[]>('activity.json');
        const earlier = records.filter((r) => r.periodStart === '2024-01-01').flatMap((r) =>
          Array.from({ length: 10 }, (_, i) => ({ ...r, periodStart: `${2014 + i}-01-01`, periodEnd: `${2014 + i}-06-30` })));
        await route.fulfill({ contentType: 'application/json', body: JSON.stringify([...records, ...earlier]) });
      });
    });
    const charts = page.locator('aside.panel[data-area-id="03451"] svg.bar-chart:not(.is-periods)');
    await expect.poll(() => charts.count()).toBe(33);
    // The first chart, in view, is drawn; after the browser's idle time the last is still not (drawn at idle, a national
    // commune's charts came to some 2,000 elements, most of them never scrolled to).
    await expect.poll(() => charts.first().locator('rect.bar').count()).toBeGreaterThan(0);
    await page.evaluate(async () => {
      for (let i = 0; i < 10; i++) await new Promise((r) => requestIdleCallback(r));
    });
    const last = charts.last();
    expect(await last.locator('rect.bar').count()).toBe(0);
    // Its text equivalent is there all along.
    expect(await last.getAttribute('aria-label')).toMatch(/^Outreach audience, H1 2014: .*\d/);
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.locator('rect.bar').count()).toBeGreaterThan(0);
    await page.screenshot({ path: 'test-results/panel-scrolled-down.png' });
    expect(problems).toEqual([]);
  });

  it("a province's 22 border communes show six links and a 'show all 22' button that expands the list and collapses it again", async () => {
    const { page, problems } = shared();
    await goTo(page, '?select=12');
    const dd = page.locator('aside.panel .panel-facts dt', { hasText: /^Xã biên giới$/ }).locator('xpath=following-sibling::dd[1]');
    const links = dd.locator('.link-list button[data-select]');
    const toggle = dd.locator('button.show-all');
    expect(await links.count()).toBe(22);
    expect(await dd.locator('.link-list button[data-select]:visible').count()).toBe(6);
    expect(await toggle.textContent()).toBe('Xem tất cả 22');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    // No line of the list starts with a separator: each link is its own item.
    expect(await dd.textContent()).not.toMatch(/,/);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dd.locator('.link-list button[data-select]:visible').count()).toBe(22);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.textContent()).toBe('Thu gọn');
    // The redraw keeps focus on the button, so a keyboard user can collapse it again at once.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('show-all'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => dd.locator('.link-list button[data-select]:visible').count()).toBe(6);
    expect(problems).toEqual([]);
  });

  it("Lai Châu's awards, given for 2024 and for 2019–2024, come with a small chart across the two periods that says they differ in length", async () => {
    const { page } = shared();
    await goTo(page, '?select=12');
    const block = page.locator('aside.panel .period-compare[data-metric="individual_awards"]');
    expect(await block.locator('.figure-compare').textContent()).toBe('Qua các kỳ (độ dài các kỳ khác nhau): Cá nhân được khen thưởng');
    expect(await block.locator('svg').getAttribute('aria-label')).toBe('Cá nhân được khen thưởng, Qua các kỳ: Năm 2024 8; 01/01/2019 – 28/02/2024 136');
    await page.screenshot({ path: 'test-results/panel-lai-chau-periods.png', fullPage: true });
  });

  it('a gate with no figures shows its facts first and says after them that it has no statistics, with no headline', async () => {
    const { page } = shared();
    await goTo(page, '?select=gate-thong-thu');
    const panel = page.locator('aside.panel[data-area-id="gate-thong-thu"]');
    expect(await panel.locator(':scope > section').evaluateAll((s) => s.map((x) => x.className))).toEqual(['panel-facts-section', 'panel-activity', 'panel-sources']);
    expect(await panel.locator('.panel-empty').textContent()).toBe('Chưa có số liệu công bố cho khu vực này.');
  });

  it('figures that were never published carry the illustrative badge', async () => {
    const { page } = shared();
    await goTo(page, '?select=03451');
    const row = page.locator(`aside.panel[data-area-id="03451"] [data-metric="patrols"][data-period="${H1_2024}"]`);
    expect(await row.locator('.badge-illustrative').textContent()).toBe('Minh hoạ');
  });

  it('clicking a commune on the map opens its panel and puts it in the URL; back closes it again', async () => {
    const { page, problems } = shared();
    await goTo(page, `#map=${WHOLE_REGION}`);
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
    const { page } = shared();
    await goTo(page, '?select=03451');
    await page.click('aside.panel .panel-parents [data-select="12"]');
    await page.waitForSelector('aside.panel[data-area-id="12"]');
    await page.focus('aside.panel .panel-title');
    await page.keyboard.press('Escape');
    await page.waitForSelector('aside.panel[hidden]', { state: 'attached' });
  });
});
