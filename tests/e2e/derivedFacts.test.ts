import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './helpers/app.ts';
import { goTo } from './helpers/browser.ts';

const app = useBuiltApp();

type Fc<P> = { features: { properties: P; geometry: { type: string; coordinates: unknown } }[] };
const read = <P>(name: string) => JSON.parse(readFileSync(`data/demo/${name}`, 'utf8')) as Fc<P>;
const square = ([x, y]: number[], half: number) => [[[x! - half, y! - half], [x! + half, y! - half], [x! + half, y! + half], [x! - half, y! + half], [x! - half, y! - half]]];

/**
 * Every Lai Châu commune as a GIS export writes it (the code as the Feature
 * id, ma_xa for one, ten_xa, ten_tinh), with the demo's own outlines, plus
 * two communes the demo lacks whose border status is known by construction:
 * one on a vertex of the drawn border line, one 0.6° (over 50 km) inland
 * from the commune centre farthest from China.
 */
function laiChauFile() {
  const communes = read<{ id: string; name: string; provinceId: string; centre: [number, number] }>('communes.geojson').features.filter((f) => f.properties.provinceId === '12');
  const line = read<{ provinceId: string }>('border-line.geojson').features.find((f) => f.properties.provinceId === '12')!.geometry.coordinates as number[][][];
  const onLine = line[0]![Math.floor(line[0]!.length / 2)]!;
  const south = communes.map((c) => c.properties.centre).sort((a, b) => a[1] - b[1])[0]!;
  const features = [
    ...communes.map((c, i) => ({
      type: 'Feature', ...(i === 0 ? {} : { id: c.properties.id }),
      properties: { ...(i === 0 ? { ma_xa: c.properties.id } : {}), ten_xa: c.properties.name, ten_tinh: 'Tỉnh Lai Châu' },
      geometry: c.geometry,
    })),
    { type: 'Feature', id: '99901', properties: { ten_xa: 'Xã Giáp Biên', ten_tinh: 'Tỉnh Lai Châu' }, geometry: { type: 'Polygon', coordinates: square(onLine, 0.02) } },
    { type: 'Feature', id: '99902', properties: { ten_xa: 'Xã Nội Địa', ten_tinh: 'Lai Châu' }, geometry: { type: 'Polygon', coordinates: square([south[0], south[1] - 0.6], 0.02) } },
  ];
  return { name: 'xa-lai-chau.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features })) };
}

async function openFile(page: Page) {
  await page.setInputFiles('#import-files', [laiChauFile()]);
  const section = page.locator('.report-file[data-file-name="xa-lai-chau.geojson"]');
  await section.waitFor();
  expect(await section.locator('.report-summary').textContent()).toMatch(/^Đã nạp 24\/24 · 0 lỗi/);
  await page.evaluate(() => window.borderAtlas?.idle());
}

// The three tests share one page, loaded once, and the file is opened on it once: the province test runs first, as it
// looks at the province before the file too; the others go to their link with goTo (as Back and Forward do).
describe.sequential('facts an opened commune file does not give are derived, and said to be', () => {
  const shared = app.shared('?select=12');
  /** Opens the file unless this page has it open already (a test before opened it). */
  async function openFileOnce(page: Page) {
    if (await page.locator('.report-file[data-file-name="xa-lai-chau.geojson"]').count() === 0) await openFile(page);
  }


  it('the province is redrawn as the union of its communes once the file replaced them, and says so', async () => {
    const { page, problems } = shared();
    await goTo(page, '?select=12');
    // Before the file: this test runs first on the page, and opens the file the others look at.
    expect(await page.locator('.report-file[data-file-name="xa-lai-chau.geojson"]').count()).toBe(0);
    expect(await page.locator('aside.panel[data-area-id="12"] .panel-facts').textContent()).toContain('hợp các xã biên giới của tỉnh (dạng sơ đồ)');
    await openFile(page);
    await expect.poll(() => page.locator('aside.panel[data-area-id="12"] .panel-facts').textContent()).toContain('Hợp các xã của tỉnh theo đường bao hiện có, dựng lại khi mở tệp');
    expect(await page.locator('.legend-schematic-note').textContent()).toMatch(/^27\/51 xã có ranh giới sơ đồ/);
    await page.screenshot({ path: 'test-results/derived-province.png' });
    expect(problems).toEqual([]);
  });

  it('a new commune touching the line is a border commune "computed from the map"; one far inland is not, and the province counts it apart', async () => {
    const { page, problems } = shared();
    await goTo(page, '?select=12');
    await openFileOnce(page);
    const facts = page.locator('aside.panel[data-area-id="12"] .panel-facts');
    const borderLinks = facts.locator('button[data-select]');
    await expect.poll(() => borderLinks.evaluateAll((b) => b.map((x) => x.getAttribute('data-select')))).toContain('99901');
    const ids = await borderLinks.evaluateAll((b) => b.map((x) => x.getAttribute('data-select')));
    expect(ids).not.toContain('99902');
    expect(await facts.textContent()).toContain('Xã không giáp biên (tính từ bản đồ)');
    // The keyboard way in: the list shows its first few, "show all" the rest; the new border commune's link opens its panel, complete.
    const list = facts.locator('dd', { has: page.locator('button[data-select="99901"]') });
    await list.locator('button.show-all').click();
    expect(await list.locator('button.show-all').getAttribute('aria-expanded')).toBe('true');
    await facts.locator('button[data-select="99901"]').focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('aside.panel[data-area-id="99901"]');
    await panel.waitFor();
    const text = await panel.locator('.panel-facts').textContent();
    expect(text).toContain('tính từ bản đồ: đường bao cách đường biên giới đã vẽ 0 km (ngưỡng 1 km)');
    expect(text).toContain('chưa ghi nhận');
    expect(text).toContain('Lấy từ tệp đã mở.');
    expect(await panel.locator('.panel-title').textContent()).toBe('Xã Giáp Biên');
    expect(problems).toEqual([]);
  });

  it('the inland commune opens as an inland commune, and coverage counts only the border communes', async () => {
    const { page, problems } = shared();
    await goTo(page, '?view=coverage&radius=10');
    await openFileOnce(page);
    // 49 in the demo, one computed: the inland commune is not among them.
    await expect.poll(() => page.locator('.coverage-panel').textContent()).toContain('Tất cả xã biên giới (50)');
    // A link to it, as a shared URL would carry it: back and forward in the browser give the same.
    await page.evaluate(() => {
      history.pushState(null, '', `${location.pathname}?select=99902`);
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    const panel = page.locator('aside.panel[data-area-id="99902"]');
    await panel.waitFor();
    expect(await panel.locator('.panel-kind').textContent()).toMatch(/^Xã không giáp biên/);
    const text = await panel.locator('.panel-facts').textContent();
    expect(text).toContain('không: đường bao cách đường biên giới đã vẽ hơn 1 km (tính từ bản đồ)');
    expect(text).not.toContain('Chiều dài biên giới');
    expect(problems).toEqual([]);
  });
});
