import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './helpers/app.ts';
import { mapReady } from './helpers/browser.ts';

const app = useBuiltApp();

/**
 * Drops a file of `n` broken stations on the map, made in the page (handing
 * tens of MB through the test driver takes longer than checking them), and
 * watches the page's long tasks from the drop on: what the check costs the
 * page, not what making the file did. Each station has two faults (a kind the
 * format lacks, a length as text): the worst shape for the report.
 */
async function dropBrokenStations(page: Page, n: number): Promise<void> {
  await page.evaluate((count) => {
    const parts = ['{"type":"FeatureCollection","features":['];
    for (let i = 0; i < count; i++) parts.push(`${i === 0 ? '' : ','}{"type":"Feature","properties":{"id":"s${i}","name":"Đồn","kind":"fort","borderKm":"12 km"},"geometry":{"type":"Point","coordinates":[103.1,22.4]}}`);
    parts.push(']}');
    (window as unknown as { bigFile: File }).bigFile = new File(parts, 'many-stations.geojson', { type: 'application/geo+json' });
  }, n);
  // A task of its own, after the one that made the file: an observer reports the task it was started in.
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; bigFile: File };
    w.longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) w.longTasks.push(Math.round(e.duration)); }).observe({ type: 'longtask' });
    setTimeout(() => {
      const dt = new DataTransfer();
      dt.items.add(w.bigFile);
      const stage = document.querySelector('.layout-stage')!;
      stage.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true }));
      stage.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      stage.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, 0);
  });
}

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);

describe('very large files', () => {
  it('a file of 90,000 broken stations is checked with the page answering throughout (no task over 200 ms); its report lists a thousand problems of each kind and counts the rest', async () => {
    const { page, problems } = await app.open();
    await mapReady(page);
    await dropBrokenStations(page, 90_000);
    const section = page.locator('.report-file[data-file-name="many-stations.geojson"]');
    await section.waitFor({ timeout: 120_000 });
    expect(await section.locator('.report-summary').textContent()).toBe('Đã nạp 0/90000 · 180000 lỗi · 0 cảnh báo');
    expect(await section.locator('.report-omitted').allTextContents()).toEqual([expect.stringContaining('89.000'), expect.stringContaining('89.000')]);
    await page.evaluate(() => window.borderAtlas?.idle());
    expect((await longTasks(page)).filter((ms) => ms > 200)).toEqual([]);
    // The importer is ready for the next file.
    await page.setInputFiles('#import-files', ['tests/fixtures/in/bad/duplicate-id.geojson']);
    await page.locator('.report-file[data-file-name="duplicate-id.geojson"]').waitFor();
    expect(problems).toEqual([]);
  }, 180_000);

  it('a layer of more stations than the map can draw is refused before any is checked or drawn, with the limit and the count', async () => {
    const { page, problems } = await app.open();
    await mapReady(page);
    await dropBrokenStations(page, 300_000);
    const section = page.locator('.report-file[data-file-name="many-stations.geojson"]');
    await section.waitFor({ timeout: 120_000 });
    expect(await section.locator('[data-code="too-many-features"]').textContent()).toContain('gặp: 300000 đối tượng');
    expect((await longTasks(page)).filter((ms) => ms > 200)).toEqual([]);
    expect(problems).toEqual([]);
  }, 180_000);
});
