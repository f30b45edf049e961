import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Briefing } from '../../src/briefing/Briefing.ts';
import { CHOROPLETH } from '../../src/style/palette.ts';
import { useBuiltApp } from './helpers/app.ts';
import { mapReady } from './helpers/browser.ts';

const app = useBuiltApp();
const [story] = JSON.parse(readFileSync('data/demo/briefings.json', 'utf8')) as Briefing[];

/** Decodes a PNG in the page: its size, its distinct colours, and which of some colours appear inside a box. */
async function inspectPng(page: Page, png: Buffer, box: [number, number, number, number], colours: string[]) {
  return page.evaluate(async ({ data, box, colours }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < px.length; i += 4) seen.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
    const [x0, y0, x1, y1] = box;
    const inBox = colours.filter((hex) => {
      const [r, g, b] = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16));
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
        const i = (y * c.width + x) * 4;
        if (Math.abs(px[i]! - r!) + Math.abs(px[i + 1]! - g!) + Math.abs(px[i + 2]! - b!) < 12) return true;
      }
      return false;
    });
    return { width: img.width, height: img.height, colours: seen.size, inBox };
  }, { data: png.toString('base64'), box, colours });
}

describe('export and print', () => {
  it('an exported PNG has the requested size, a drawn map, and the legend in its corner', async () => {
    const { page, problems } = await app.open('?select=12');
    await mapReady(page);
    await page.getByRole('button', { name: 'Xuất ảnh…' }).click();
    await page.locator('.export-size').selectOption('1920x1080');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải ảnh PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^lai-chau-.*-1920x1080\.png$/);
    const png = readFileSync(await file.path());
    // The legend box sits in the bottom-left quarter, above the source line.
    const found = await inspectPng(page, png, [0, 540, 480, 1040], [...CHOROPLETH]);
    expect([found.width, found.height]).toEqual([1920, 1080]);
    expect(found.colours).toBeGreaterThan(500);
    expect(found.inBox).toEqual([...CHOROPLETH]);
    expect(problems).toEqual([]);
  });

  it('under print media, each slide of a briefing sits on its own page with its title, legend and sources', async () => {
    const { page, problems } = await app.open();
    await mapReady(page);
    await page.getByRole('button', { name: 'Trình chiếu…' }).click();
    await page.getByRole('button', { name: 'In (A4 ngang)' }).click();
    const pages = page.locator('.print-page');
    await expect.poll(() => pages.count(), { timeout: 60_000 }).toBe(story!.slides.length);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.layout').isVisible()).toBe(false);
    for (const [i, slide] of story!.slides.entries()) {
      const p = pages.nth(i);
      expect(await p.isVisible()).toBe(true);
      expect(await p.locator('.print-title').textContent()).toBe(slide.title);
      expect(await p.locator('.print-legend .legend-title').isVisible()).toBe(true);
      expect(await p.locator('.print-sources').textContent()).toContain('Nguồn:');
      expect(await p.locator('.print-map').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2000);
      const breakAfter = await p.evaluate((e) => getComputedStyle(e).breakAfter);
      expect(breakAfter).toBe(i < story!.slides.length - 1 ? 'page' : 'auto');
    }
    await page.pdf({ path: 'test-results/briefing-a4.pdf', format: 'A4', landscape: true });
    expect(problems).toEqual([]);
  });
});
