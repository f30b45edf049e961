import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dialog, Page } from 'playwright-core';
import { useBuiltApp } from './helpers/app.ts';
import { goTo, mapReady } from './helpers/browser.ts';

const app = useBuiltApp();
const bad = 'tests/fixtures/in/bad';

/** The report's section for one file. */
const fileSection = (page: Page, name: string) => page.locator(`.report-file[data-file-name="${name}"]`);

/** Clicks the map where a place is drawn, as a user would. */
async function clickMapAt(page: Page, lngLat: [number, number]) {
  const p = await page.evaluate((ll) => window.borderAtlas?.project(ll), lngLat);
  const box = await page.locator('.layout-map').boundingBox();
  if (!p || !box) throw new Error('the map is not on the page');
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

// Each page load draws the map in software WebGL, the dearest step of these tests, so the tests share pages: each
// takes its page to its link the way Back and Forward would. Opened files stay in the dataset, so a page holds only
// files that leave the others' checks alone: no file twice, one commune outline at most (the legend counts them),
// one table of Lai Châu's patrols for early 2025 at most. A checker stopped on purpose gets a page of its own.
describe('opening your own files', () => {
  describe.sequential('stations, markup, a layer picked again and a commune outline, on one page', () => {
    const shared = app.shared();

    it('through the picker: each file is reported with its problems, and its valid features join the map', async () => {
      const { page, problems } = shared();
      await goTo(page, '');
      await page.setInputFiles('#import-files', [`${bad}/duplicate-id.geojson`, `${bad}/activity-negative-value.csv`, `${bad}/not-json.geojson`]);
      for (const name of ['duplicate-id.geojson', 'activity-negative-value.csv', 'not-json.geojson']) await fileSection(page, name).waitFor();
      expect(await fileSection(page, 'duplicate-id.geojson').locator('.report-summary').textContent()).toBe('Đã nạp 1/2 · 1 lỗi · 0 cảnh báo');
      expect(await fileSection(page, 'activity-negative-value.csv').locator('[data-code="negative-value"]').textContent()).toContain('cần: một số ≥ 0; gặp: -3');
      expect(await fileSection(page, 'not-json.geojson').locator('[data-code="not-json"]').count()).toBe(1);
      // "Show on map" goes to the dropped duplicate; the station that loaded stands next to it: click it, and its panel opens.
      await fileSection(page, 'duplicate-id.geojson').locator('.report-zoom').click();
      await page.evaluate(() => window.borderAtlas?.idle());
      await clickMapAt(page, [103.25, 22.55]);
      await expect(page.locator('aside.panel .panel-title').textContent()).resolves.toBe('Đồn Biên phòng thử 1');
      expect(page.url()).toContain('select=test-station-1');
      await page.screenshot({ path: 'test-results/import-report.png' });
      expect(problems).toEqual([]);
    });

    it('text from a file reaches the page as text: markup in a name is shown, never run', async () => {
      const { page, problems } = shared();
      await goTo(page, '');
      let dialogs = 0;
      const onDialog = (d: Dialog) => {
        dialogs++;
        void d.dismiss();
      };
      page.on('dialog', onDialog);
      await page.setInputFiles('#import-files', [`${bad}/markup-in-properties.geojson`]);
      await fileSection(page, 'markup-in-properties.geojson').waitFor();
      // Both of the file's stations stand on one point: the search names the one with markup in its name.
      await page.locator('[role=combobox]').fill('onerror');
      const option = page.locator('[role=option]');
      await expect.poll(() => option.count()).toBe(1);
      expect(await option.locator('.search-option-name').textContent()).toBe('<img src=x onerror="alert(1)">Đồn');
      await page.keyboard.press('Enter');
      const title = page.locator('aside.panel .panel-title');
      await expect.poll(() => title.textContent()).toBe('<img src=x onerror="alert(1)">Đồn');
      expect(await page.locator('aside.panel img, .report img').count()).toBe(0);
      expect(dialogs).toBe(0);
      page.off('dialog', onDialog);
      expect(problems).toEqual([]);
    });

    it('a file taken for the wrong layer is checked again as the layer the user picks', async () => {
      const { page } = shared();
      await goTo(page, '');
      await page.setInputFiles('#import-files', [`${bad}/bad-kind.geojson`]);
      const section = fileSection(page, 'bad-kind.geojson');
      await section.waitFor();
      expect(await section.locator('select').inputValue()).toBe('facilities');
      await section.locator('select').selectOption('markers');
      await expect.poll(() => section.locator('.report-summary').textContent()).toBe('Đã nạp 0/2 · 2 lỗi · 0 cảnh báo');
      // "fort" and "station" are both wrong for markers: one card says it of both features.
      const card = section.locator('[data-code="bad-value"]');
      expect(await card.count()).toBe(1);
      expect(await card.getAttribute('data-count')).toBe('2');
    });

    it('a commune outline keyed by commune code replaces the schematic area, and the legend and panel say so', async () => {
      const { page, problems } = shared();
      await goTo(page, '?select=03451');
      const communes = JSON.parse(readFileSync('data/demo/communes.geojson', 'utf8')) as { features: { properties: { id: string; name: string; centre: [number, number] } }[] };
      const target = communes.features.find((f) => f.properties.id === '03451')!;
      const [x, y] = target.properties.centre;
      const outline = [[x - 0.03, y - 0.02], [x + 0.03, y - 0.02], [x + 0.03, y + 0.02], [x - 0.03, y + 0.02], [x - 0.03, y - 0.02]];
      const file = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 3451, name: target.properties.name }, geometry: { type: 'Polygon', coordinates: [outline] } }] };
      await page.setInputFiles('#import-files', [{ name: 'ranh-gioi-xa.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(file)) }]);
      const section = fileSection(page, 'ranh-gioi-xa.geojson');
      await section.waitFor();
      // A numeric code, as shapefile exports write it, is read as the 5-digit code with a warning.
      expect(await section.locator('.report-summary').textContent()).toBe('Đã nạp 1/1 · 0 lỗi · 1 cảnh báo');
      expect(await page.locator('.legend-schematic-note').textContent()).toMatch(/^48\/49 xã có ranh giới sơ đồ/);
      const panel = page.locator('aside.panel[data-area-id="03451"]');
      expect(await panel.locator('.badge-quality').textContent()).toBe('Gần đúng');
      expect(await panel.locator('.panel-facts').textContent()).toContain('Lấy từ tệp đã mở.');
      expect(await panel.locator('.panel-sources').textContent()).toContain('ranh-gioi-xa.geojson');
      await page.evaluate(() => window.borderAtlas?.idle());
      await page.screenshot({ path: 'test-results/import-commune.png' });
      expect(problems).toEqual([]);
    });
  });

  describe.sequential('a report in two languages, a drop and a GIS export, on one page', () => {
    const shared = app.shared();

    it('the report says every problem in the language of the screen, and again in the other after the switch', async () => {
      const { page, problems } = shared();
      await goTo(page, '');
      await page.setInputFiles('#import-files', [`${bad}/activity-negative-value.csv`, `${bad}/missing-properties-member.geojson`]);
      for (const name of ['activity-negative-value.csv', 'missing-properties-member.geojson']) await fileSection(page, name).waitFor();
      const negative = fileSection(page, 'activity-negative-value.csv').locator('[data-code="negative-value"]');
      const library = fileSection(page, 'missing-properties-member.geojson').locator('[data-code="invalid-geojson"]');
      // The CSV is made when the link is used: download it as a user would.
      const csv = async () => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.click('.report-download')]);
        return readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
      };
      expect(await negative.textContent()).toContain('cần: một số ≥ 0; gặp: -3');
      expect(await library.textContent()).toContain('gặp: thiếu thành phần "properties"');
      expect(await csv()).toMatch(/^tệp,mức độ,mã lỗi,.*\n.*,lỗi,negative-value,dòng,0,/);
      await page.click('button[data-lang="en"]');
      await expect.poll(() => negative.textContent()).toContain('expected: a number ≥ 0; found: -3');
      expect(await library.textContent()).toContain('found: no member named "properties"');
      expect(await fileSection(page, 'activity-negative-value.csv').locator('.report-summary').textContent()).toBe('1 of 2 loaded · errors: 1 · warnings: 0');
      expect(await csv()).toMatch(/^file,severity,code,.*\n.*,error,negative-value,record,0,/);
      expect(problems).toEqual([]);
    });

    it('by drag and drop onto the map; a 200 MB file is refused with a message and the rest still loads', async () => {
      const { page, problems } = shared();
      await goTo(page, '');
      const good = readFileSync(`${bad}/markup-in-properties.geojson`, 'utf8');
      await page.evaluate(async (text) => {
        const stage = document.querySelector('.layout-stage')!;
        const dt = new DataTransfer();
        dt.items.add(new File([text], 'stations.geojson', { type: 'application/geo+json' }));
        dt.items.add(new File([new ArrayBuffer(200 * 1024 * 1024)], 'huge.geojson'));
        stage.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true }));
        if (document.querySelector<HTMLElement>('.drop-overlay')?.hidden !== false) throw new Error('no drop overlay while dragging');
        stage.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
        stage.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, good);
      for (const name of ['stations.geojson', 'huge.geojson']) await fileSection(page, name).waitFor();
      expect(await page.locator('.drop-overlay').isHidden()).toBe(true);
      expect(await fileSection(page, 'huge.geojson').locator('[data-code="too-large"]').textContent()).toContain('gặp: 200 MB');
      expect(await fileSection(page, 'stations.geojson').locator('.report-summary').textContent()).toBe('Đã nạp 2/2 · 0 lỗi · 2 cảnh báo');
      // The app still works: the map redraws and answers.
      await page.evaluate(() => window.borderAtlas?.idle());
      expect(problems).toEqual([]);
    });

    it('a commune file as GIS exports write it (ma_xa, ten_xa, ten_tinh, the Feature id) loads: the report says what it read and the outline replaces the schematic one', async () => {
      const { page, problems } = shared();
      await goTo(page, '?select=03451');
      const communes = JSON.parse(readFileSync('data/demo/communes.geojson', 'utf8')) as { features: { properties: { id: string; centre: [number, number] } }[] };
      const [x, y] = communes.features.find((f) => f.properties.id === '03451')!.properties.centre;
      const ring = [[x - 0.03, y - 0.02], [x + 0.03, y - 0.02], [x + 0.03, y + 0.02], [x - 0.03, y + 0.02], [x - 0.03, y - 0.02]];
      const file = { type: 'FeatureCollection', features: [{ type: 'Feature', id: '03451', properties: { ten_xa: 'Mù Cả', ten_tinh: 'Tỉnh Lai Châu', ma_tinh: 12 }, geometry: { type: 'Polygon', coordinates: [ring] } }] };
      await page.setInputFiles('#import-files', [{ name: 'xa-gis.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(file)) }]);
      const section = fileSection(page, 'xa-gis.geojson');
      await section.waitFor();
      expect(await section.locator('.report-summary').textContent()).toMatch(/^Đã nạp 1\/1 · 0 lỗi/);
      expect(await section.locator('[data-code="property-mapped"]').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('"ten_xa"'), expect.stringContaining('"Feature.id"')]));
      expect(await page.locator('.legend-schematic-note').textContent()).toMatch(/^48\/49 xã có ranh giới sơ đồ/);
      expect(await page.locator('aside.panel[data-area-id="03451"] .panel-facts').textContent()).toContain('Lấy từ tệp đã mở.');
      expect(problems).toEqual([]);
    });
  });

  it('a checker that stops without a word (as the browser stops one out of memory) ends in a message on the file, in both languages, and the next file is checked', async () => {
    const { page, problems } = await app.open('', undefined, async (p) => {
      // The page's own clock, moved on by the test below instead of waited for: the page's limit is the real one.
      await p.clock.install();
      // The next checker started is stopped the moment it is handed the files: no message, no error event, as after an out-of-memory kill.
      await p.addInitScript(() => {
        const Real = window.Worker;
        const w = window as unknown as { Worker: typeof Worker; stopNextWorker?: boolean };
        w.Worker = class extends Real {
          override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]): void {
            if (w.stopNextWorker) {
              w.stopNextWorker = false;
              this.terminate();
              return;
            }
            super.postMessage(message, options as StructuredSerializeOptions);
          }
        };
      });
    });
    await mapReady(page);
    await page.evaluate(() => { (window as unknown as { stopNextWorker: boolean }).stopNextWorker = true; });
    await page.setInputFiles('#import-files', [`${bad}/duplicate-id.geojson`]);
    await page.locator('.progress[aria-label="Đang kiểm tra tệp…"]').waitFor();
    await page.clock.fastForward('05:00');
    const card = fileSection(page, 'duplicate-id.geojson').locator('[data-code="unreadable"]');
    expect(await card.textContent()).toContain('gặp: trình kiểm tra không phản hồi suốt 31 giây');
    expect(await page.locator('.progress').count()).toBe(0);
    await page.click('button[data-lang="en"]');
    await expect.poll(() => card.textContent()).toContain('found: no word from the checker for 31 s');
    // The importer is ready: the next file is checked and joins the map.
    await page.setInputFiles('#import-files', [`${bad}/markup-in-properties.geojson`]);
    const next = fileSection(page, 'markup-in-properties.geojson');
    await next.waitFor();
    expect(await next.locator('.report-summary').textContent()).toBe('2 of 2 loaded · errors: 0 · warnings: 2');
    expect(problems).toEqual([]);
  });

  describe.sequential('a mapping remembered over a reload, and a table of figures, on one page', () => {
    const shared = app.shared();

    it('a commune file whose property names no alias knows: one card per missing property, the file’s own properties picked with the keyboard, and the choice applied by itself to the next file of that shape', async () => {
      const { page, problems } = shared();
      await goTo(page, '');
      await page.setInputFiles('#import-files', ['tests/fixtures/in/mapped-communes.geojson']);
      const section = fileSection(page, 'mapped-communes.geojson');
      await section.waitFor();
      const summary = section.locator('.report-summary');
      expect(await summary.textContent()).toMatch(/^Đã nạp 0\/3 · 6 lỗi/);
      // Three features lack an id: one card says so, naming the file's properties, with the features folded under it.
      const idCard = section.locator('.report-group[data-code="missing-property"]').filter({ hasText: 'properties.id' });
      expect(await idCard.count()).toBe(1);
      expect(await idCard.getAttribute('data-count')).toBe('3');
      expect(await idCard.locator('.report-where').textContent()).toBe(' 3 đối tượng · properties.id');
      expect(await idCard.locator('.report-group-fields').textContent()).toContain('MA_DON_VI (giống mã xã, 5 chữ số)');
      expect(await idCard.locator('.report-items li').first().isVisible()).toBe(false);
      await idCard.locator('summary').click();
      expect(await idCard.locator('.report-items li').allTextContents()).toEqual(['đối tượng 0Xem trên bản đồ', 'đối tượng 1Xem trên bản đồ', 'đối tượng 2Xem trên bản đồ']);
      // The mapping row: each of the file's properties with a sample, and a list per missing property.
      const mapping = section.locator('.report-mapping');
      expect(await mapping.locator('.report-field-list li').allTextContents()).toEqual([
        'MA_DON_VI (vd. 3439 · giống mã xã, 5 chữ số)', 'TEN_DON_VI (vd. "Ka Lăng" · giống tên)', 'MA_TINH (vd. 12)', 'DIEN_TICH_KM2 (vd. 40)',
      ]);
      await page.screenshot({ path: 'test-results/import-mapping.png' });
      // Keyboard only: focus the list for "id", type the property's first letter; then Tab to the list for "name".
      // One letter each: a list reads several typed letters as one name only if they come within a second, which a loaded machine may not keep.
      await mapping.locator('select[data-map-key="id"]').focus();
      await page.keyboard.type('M');
      await expect.poll(() => summary.textContent()).toMatch(/^Đã nạp 0\/3 · 3 lỗi/);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-map-key'))).toBe('id');
      await page.keyboard.press('Tab');
      await page.keyboard.type('T');
      await expect.poll(() => summary.textContent()).toMatch(/^Đã nạp 3\/3 · 0 lỗi/);
      expect(await section.locator('[data-code="property-mapped"]').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('"MA_DON_VI" của tệp ở 3 đối tượng, theo lựa chọn của bạn')]));
      expect(await page.locator('.legend-schematic-note').textContent()).toMatch(/^46\/49 xã có ranh giới sơ đồ/);
      await page.evaluate(() => window.borderAtlas?.idle());
      await page.screenshot({ path: 'test-results/import-mapped.png' });

      // After a reload, a file of the same shape (other communes, same property names) is read the same way, and says so.
      await page.reload();
      await mapReady(page);
      const next = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { MA_DON_VI: 3442, TEN_DON_VI: 'Pa Ủ', MA_TINH: 12, DIEN_TICH_KM2: 61 }, geometry: { type: 'Polygon', coordinates: [[[102.65, 22.59], [102.71, 22.59], [102.71, 22.63], [102.65, 22.63], [102.65, 22.59]]] } }] };
      await page.setInputFiles('#import-files', [{ name: 'thang-sau.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(next)) }]);
      const again = fileSection(page, 'thang-sau.geojson');
      await again.waitFor();
      expect(await again.locator('.report-summary').textContent()).toMatch(/^Đã nạp 1\/1 · 0 lỗi/);
      expect(await again.locator('.report-mapping-note').textContent()).toContain('Đã áp dụng lựa chọn đã lưu cho tệp cùng dạng');
      expect(await again.locator('select[data-map-key="id"]').inputValue()).toBe('MA_DON_VI');
      expect(await again.locator('select[data-map-key="name"]').inputValue()).toBe('TEN_DON_VI');
      expect(await page.locator('.legend-schematic-note').textContent()).toMatch(/^48\/49 xã có ranh giới sơ đồ/);
      expect(problems).toEqual([]);
    });

    it('activity figures from a table join the area panel, citing the source the table gives', async () => {
      const { page, problems } = shared();
      await goTo(page, '?select=12');
      await page.setInputFiles('#import-files', [`${bad}/activity-sourced-without-source.json`]);
      await fileSection(page, 'activity-sourced-without-source.json').waitFor();
      const row = page.locator('aside.panel[data-area-id="12"] [data-metric="patrols"][data-period="2025-01-01/2025-06-30"]');
      expect(await row.locator('.value').textContent()).toBe('3');
      const note = Number(/\d+/.exec((await row.locator('.cite').textContent()) ?? '')?.[0]);
      expect(await page.locator('aside.panel .panel-sources li').nth(note - 1).textContent()).toContain('Báo cáo Đồn Biên phòng Ma Lù Thàng');
      expect(problems).toEqual([]);
    });
  });
});
