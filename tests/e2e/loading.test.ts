import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/style/palette.ts';
import { useBuiltApp } from './helpers/app.ts';
import { mapReady } from './helpers/browser.ts';
import { sampleMapCanvas } from './helpers/canvasColours.ts';

const app = useBuiltApp();
mkdirSync('test-results', { recursive: true });
let held = -1;

/**
 * Serves data/broken/ as the demo's files, with some replaced: a dataset
 * folder with faults, without keeping a second copy of the demo in the tree.
 */
function brokenDataset(replace: Record<string, (demoText: string) => string>) {
  return async (page: Page) => {
    await page.route('**/data/broken/*', async (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop()!;
      const text = readFileSync(`data/demo/${name}`, 'utf8');
      await route.fulfill({ contentType: 'application/json', body: replace[name]?.(text) ?? text });
    });
  };
}

/**
 * Lists folders as datasets a link may open, as a site does in its
 * index.html, then runs `then` (more routes) before the page loads.
 */
function allowing(folders: string, then?: (page: Page) => Promise<void>) {
  return async (page: Page) => {
    await page.route((url) => url.pathname.endsWith('/maps/atlas/'), async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('name="border-atlas-datasets" content=""', `name="border-atlas-datasets" content="${folders}"`);
      await route.fulfill({ response, body });
    });
    await then?.(page);
  };
}

describe('loading', () => {
  it('a dataset that fails to load shows which file failed and why, never a blank page', async () => {
    const { page, problems } = await app.open('?dataset=data/missing', undefined, allowing('data/missing'));
    const alert = page.locator('.error[role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('data/missing/manifest.json: cần tệp có trên máy chủ (HTTP 200); thực tế: HTTP 404: máy chủ không có tệp này.');
    expect(await alert.locator('h2').textContent()).toBe('Không tải được bộ dữ liệu');
    expect(await page.locator('button.error-retry').count()).toBe(1);
    // The 404 itself is the expected failure; nothing else may go wrong.
    expect(problems.filter((p) => !p.includes('data/missing/manifest.json') && !p.includes('404'))).toEqual([]);
    expect(problems.some((p) => p.startsWith('page error'))).toBe(false);
  });

  it('shows a progress bar that moves while the dataset loads, then gives way to the map', async () => {
    const { page } = await app.open('', undefined, async (p) => {
      // Hold back a layer file so the half-loaded state can be looked at: the bar stays until every layer is in.
      // (The activity file is asked for only after the layers, when the bar may already have given way to the map.)
      await p.route('**/data/demo/communes.geojson', async (route) => {
        try {
          held = Number(await p.getAttribute('[role=progressbar]', 'aria-valuenow', { timeout: 10_000 }));
        } finally {
          await route.continue();
        }
      });
    });
    await page.waitForSelector('#app[data-map-ready]');
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThan(100);
    expect(await page.locator('[role=progressbar]').count()).toBe(0);
  });

  it('a broken manifest is said in the reader\'s language, and again in the other when the language is switched', async () => {
    const { page } = await app.open('?dataset=data/broken&lang=en', undefined, allowing('data/broken', brokenDataset({ 'manifest.json': (t) => t.replace('"formatVersion": 1', '"formatVersion": 2') })));
    const alert = page.locator('.error[role=alert]');
    await alert.waitFor();
    expect(await alert.locator('.error-message').textContent()).toBe('data/broken/manifest.json, formatVersion: expected format version 1, found the number 2.');
    await page.click('button[data-lang="vi"]');
    await page.waitForFunction(() => document.querySelector('.error-message')?.textContent?.includes('cần phiên bản định dạng 1'));
    expect(await page.locator('.error').count()).toBe(1);
  });

  it('a dataset whose briefings file is out of range says which briefing, slide and key, in the reader\'s language', async () => {
    const { page } = await app.open('?dataset=data/broken', undefined, allowing('data/broken', brokenDataset({ 'briefings.json': (t) => t.replace('"radius": 10', '"radius": 70') })));
    const message = page.locator('.error[role=alert] .error-message');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/^data\/broken\/briefings\.json, bài trình chiếu 0, trang \d+, view\.radius: cần một số km nguyên từ 1 đến 50; thực tế: số 70\.$/);
    await page.click('button[data-lang="en"]');
    await expect.poll(() => message.textContent()).toMatch(/^data\/broken\/briefings\.json, briefing 0, slide \d+, view\.radius: expected a whole number of km from 1 to 50, found the number 70\.$/);
  });

  it('a dataset folder with one bad feature mounts with every valid feature and shows the report card for the bad one', async () => {
    // The first facility, the Ma Lù Thàng gate, becomes a kind the format does not have.
    const { page, problems } = await app.open('?dataset=data/broken&select=gate-u-ma-tu-khoong', undefined, allowing('data/broken', brokenDataset({
      'facilities.geojson': (t) => t.replace('"kind":"gate"', '"kind":"fort"'),
    })));
    await mapReady(page);
    expect(await page.locator('.panel-title').textContent()).toBe('Cửa khẩu U Ma Tu Khoòng');
    const card = page.locator('.report-file[data-file-name="data/broken/facilities.geojson"]');
    expect(await card.locator('.report-summary').textContent()).toBe('Đã nạp 26/27 · 1 lỗi · 0 cảnh báo');
    const problem = card.locator('.report-problem[data-code="bad-value"]');
    expect(await problem.locator('.report-where').textContent()).toBe(' đối tượng 0 · “gate-ma-lu-thang” · properties.kind');
    expect(await problem.locator('.report-detail').textContent()).toContain('văn bản "fort"');
    // Only files with errors are listed: the demo's outlines that merely touch themselves are not news.
    expect(await page.locator('.report-file').count()).toBe(1);
    expect(await page.locator('.error[role=alert]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('a dataset whose communes file is not JSON shows the map, the report and a message naming the file, never a blank page', async () => {
    const { page, problems } = await app.open('?dataset=data/broken', undefined, allowing('data/broken', brokenDataset({ 'communes.geojson': () => 'không phải JSON' })));
    await mapReady(page);
    const alert = page.locator('.error[role=alert]');
    expect(await alert.locator('.error-message').textContent()).toMatch(
      /^data\/broken\/communes\.geojson: cần ít nhất một đối tượng của lớp “Xã biên giới” nạp được: bản đồ không thể thiếu lớp này; thực tế: văn bản không phải JSON/,
    );
    expect(await page.locator('.report-file[data-file-name="data/broken/communes.geojson"] .report-problem[data-code="not-json"]').count()).toBe(1);
    await page.screenshot({ path: 'test-results/broken-dataset.png' });
    const sample = await sampleMapCanvas(page, { vietnam: PALETTE.landVietnam, neighbour: PALETTE.landNeighbour, border: PALETTE.borderLine });
    expect(sample.share.vietnam).toBeGreaterThan(0.05);
    expect(sample.share.neighbour).toBeGreaterThan(0.05);
    expect(sample.share.border).toBeGreaterThan(0.001);
    // The box is announced, titled with what happened (the map is there, a layer is not), and keeps its retry within reach of the keyboard.
    expect(await alert.locator('h2').textContent()).toBe('Bản đồ đã mở nhưng thiếu lớp dữ liệu không tải được');
    await alert.locator('button.error-retry').focus();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('error-retry');
    await page.click('button[data-lang="en"]');
    await expect.poll(() => alert.locator('h2').textContent()).toBe('The map is open, but some layers could not be loaded');
    expect(await alert.locator('.error-message').textContent()).toMatch(/^data\/broken\/communes\.geojson: expected/);
    expect(problems).toEqual([]);
  });

  it('a link to a folder the site does not list opens the site\'s own dataset, and says which folder it refused', async () => {
    const { page, problems } = await app.open('?dataset=data/spoof&select=12');
    await mapReady(page);
    expect(await page.locator('.dataset-banner').textContent()).toBe('Liên kết yêu cầu mở dữ liệu data/spoof, trang này không cho phép: đang hiển thị bộ dữ liệu của trang.');
    expect(page.url()).not.toContain('dataset=');
    expect(await page.locator('.panel-title').textContent()).toBe('Lai Châu');
    expect(problems).toEqual([]);
  });

  it('data from a folder the site lists but that is not its own carries a banner with the folder and the title it gives itself, in both languages', async () => {
    const { page, problems } = await app.open('?dataset=data/broken', undefined, allowing('data/broken', brokenDataset({
      'manifest.json': (t) => t.replace(/"vi": "[^"]*"/, '"vi": "Dữ liệu chính thức"'),
    })));
    await mapReady(page);
    const banner = page.locator('.dataset-banner');
    expect(await banner.textContent()).toBe('Dữ liệu từ data/broken (tự đặt tên “Dữ liệu chính thức”), không phải bộ dữ liệu của trang này.');
    await page.click('button[data-lang="en"]');
    await expect.poll(() => banner.textContent()).toMatch(/^Data from data\/broken \(calling itself “.*”\), not this site’s dataset\.$/);
    await page.screenshot({ path: 'test-results/other-dataset.png' });
    // What is shared from it says so in its own words too: the dialog, and the frame's title in the snippet.
    await page.getByRole('button', { name: 'Share…' }).click();
    const notice = page.locator('.share-notice');
    expect(await notice.textContent()).toBe('Data from data/broken (calling itself “Lai Châu and Nghệ An border (demo data)”), not this site’s dataset. The link and the embed code below open this data, not the site’s.');
    expect(await page.locator('#share-link').inputValue()).toMatch(/dataset=data(%2F|\/)broken/);
    await page.locator('.share-panel select[name=lang]').selectOption('vi');
    expect(await page.locator('#share-snippet').inputValue()).toContain('title="Bản đồ biên giới: Dữ liệu từ data/broken (tự đặt tên “Dữ liệu chính thức”), không phải bộ dữ liệu của trang này."');
    await page.click('button[data-lang="vi"]');
    await expect.poll(() => notice.textContent()).toBe('Dữ liệu từ data/broken (tự đặt tên “Dữ liệu chính thức”), không phải bộ dữ liệu của trang này. Đường dẫn và mã nhúng dưới đây mở đúng dữ liệu này, không phải dữ liệu của trang.');
    await page.screenshot({ path: 'test-results/share-other-dataset.png' });
    expect(problems).toEqual([]);
  });
});
