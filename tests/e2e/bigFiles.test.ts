import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './helpers/app.ts';
import { goTo } from './helpers/browser.ts';

const app = useBuiltApp();

/**
 * Drops a file of `n` broken stations on the map, made in the page (handing
 * tens of MB through the test driver takes longer than checking them). Each
 * station has two faults (a kind the format lacks, a length as text): the
 * worst shape for the report. How long the page's tasks take is a benchmark
 * figure (docs/performance.md), not asserted here: it depends on the machine.
 */
async function dropBrokenStations(page: Page, n: number, name: string): Promise<void> {
  await page.evaluate(([count, name]) => {
    const parts = ['{"type":"FeatureCollection","features":['];
    for (let i = 0; i < count; i++) parts.push(`${i === 0 ? '' : ','}{"type":"Feature","properties":{"id":"s${i}","name":"Đồn","kind":"fort","borderKm":"12 km"},"geometry":{"type":"Point","coordinates":[103.1,22.4]}}`);
    parts.push(']}');
    const dt = new DataTransfer();
    dt.items.add(new File(parts, name, { type: 'application/geo+json' }));
    const stage = document.querySelector('.layout-stage')!;
    stage.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true }));
    stage.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    stage.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [n, name] as const);
}

// Both tests drop their file on one page, loaded once (a load costs seconds of software WebGL), each under a name of
// its own. The second file is refused before any of it is checked, so what the first test left opened changes nothing.
describe.sequential('very large files', () => {
  const shared = app.shared();

  it('a file of 90,000 broken stations is checked in the worker; its report lists a thousand problems of each kind a page at a time, counts the rest, and the importer takes the next file', async () => {
    const { page, problems } = shared();
    await goTo(page, '');
    await dropBrokenStations(page, 90_000, 'many-stations.geojson');
    const section = page.locator('.report-file[data-file-name="many-stations.geojson"]');
    await section.waitFor({ timeout: 120_000 });
    expect(await section.locator('.report-summary').textContent()).toBe('Đã nạp 0/90000 · 180000 lỗi · 0 cảnh báo');
    expect(await section.locator('.report-omitted').allTextContents()).toEqual([expect.stringContaining('89.000'), expect.stringContaining('89.000')]);
    // One card per kind, each listing its thousand stations a hundred at a time, with how many are left.
    const cards = section.locator('.report-group');
    expect(await cards.evaluateAll((cs) => cs.map((c) => c.getAttribute('data-count')))).toEqual(['1000', '1000']);
    const kind = cards.first();
    await kind.locator('summary').click();
    expect(await kind.locator('.report-items li').count()).toBe(100);
    expect(await kind.locator('.report-more').textContent()).toBe('Xem thêm 100 (còn 900)');
    await kind.locator('.report-more').click();
    expect(await kind.locator('.report-items li').count()).toBe(200);
    expect(await kind.locator('.report-items li').nth(100).textContent()).toContain('đối tượng 100');
    expect(await kind.locator('.report-more').textContent()).toBe('Xem thêm 100 (còn 800)');
    await page.screenshot({ path: 'test-results/big-report-paged.png' });
    await page.evaluate(() => window.borderAtlas?.idle());
    // The importer is ready for the next file.
    await page.setInputFiles('#import-files', ['tests/fixtures/in/bad/duplicate-id.geojson']);
    await page.locator('.report-file[data-file-name="duplicate-id.geojson"]').waitFor();
    expect(problems).toEqual([]);
  }, 180_000);

  it('a layer of more stations than the map can draw is refused before any is checked or drawn, with the limit and the count', async () => {
    const { page, problems } = shared();
    await goTo(page, '');
    await dropBrokenStations(page, 300_000, 'too-many-stations.geojson');
    const section = page.locator('.report-file[data-file-name="too-many-stations.geojson"]');
    await section.waitFor({ timeout: 120_000 });
    expect(await section.locator('[data-code="too-many-features"]').textContent()).toContain('gặp: 300000 đối tượng');
    expect(problems).toEqual([]);
  }, 180_000);
});
