import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Briefing } from '../../src/briefing/Briefing.ts';
import { CHOROPLETH, PALETTE } from '../../src/style/palette.ts';
import { useBuiltApp } from './helpers/app.ts';
import { goTo } from './helpers/browser.ts';
import { samplePng } from './helpers/canvasColours.ts';

const app = useBuiltApp();
const [story] = JSON.parse(readFileSync('data/demo/briefings.json', 'utf8')) as Briefing[];

/**
 * The demo's story cut to its first two slides, saved in the browser as the user's copy of it (which wins over the
 * dataset's): two pages show the page break as well as six, and each slide's map is drawn at 2000 px in software WebGL.
 */
const short: Briefing = { ...story!, slides: story!.slides.slice(0, 2) };

// The four tests share one page, loaded once (a load costs seconds of software WebGL) with the short story saved
// before it, which only the print test reads; each goes to its link with goTo and closes the dialog it opened.
describe.sequential('export and print', () => {
  const shared = app.shared('?select=12', undefined, async (p) => {
    await p.addInitScript((b) => {
      localStorage.setItem(`border-atlas:briefings:${new URL('data/demo/', location.href).href}`, JSON.stringify([b]));
    }, short);
  });
  async function closeExport(page: Page) {
    await page.keyboard.press('Escape');
    await page.waitForSelector('.export-panel[hidden]', { state: 'attached' });
  }

  it('an exported PNG has the requested size, a drawn map, and the legend in its corner', async () => {
    const { page, problems } = shared();
    await goTo(page, '?select=12');
    await page.getByRole('button', { name: 'Xuất ảnh…' }).click();
    await page.locator('.export-size').selectOption('1920x1080');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải ảnh PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^lai-chau-.*-1920x1080\.png$/);
    const png = readFileSync(await file.path());
    const classes = Object.fromEntries(CHOROPLETH.map((c, i) => [`class${i}`, c]));
    const whole = await samplePng(page, png, classes);
    expect([whole.width, whole.height]).toEqual([1920, 1080]);
    expect(whole.distinctColours).toBeGreaterThan(500);
    // The legend box sits in the bottom-left corner, above the source line: every class swatch is in it.
    const legend = await samplePng(page, png, classes, [0, 540, 480, 1040]);
    for (const share of Object.values(legend.share)) expect(share).toBeGreaterThan(0.0005);
    await closeExport(page);
    expect(problems).toEqual([]);
  });

  it('an exported PNG outlines the selected commune, as the screen does', async () => {
    const { page, problems } = shared();
    const exported = async (query: string) => {
      await goTo(page, query);
      await page.getByRole('button', { name: 'Xuất ảnh…' }).click();
      await page.locator('.export-size').selectOption('1920x1080');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Tải ảnh PNG' }).click();
      const png = readFileSync(await (await download).path());
      await closeExport(page);
      return (await samplePng(page, png, { selected: PALETTE.selected })).share.selected!;
    };
    // Pa Ủ, then the same view with nothing selected: the link keeps the camera the selection moved to.
    const outlined = await exported('?select=03442');
    const camera = new URL(page.url()).search.replace(/([?&])select=03442&?/, '$1');
    expect(outlined).toBeGreaterThan(0.0001);
    expect(await exported(camera)).toBeLessThan(outlined / 10);
    expect(problems).toEqual([]);
  });

  it('the export dialog previews the image as it will download, and draws it again when the size changes', async () => {
    const { page, problems } = shared();
    await goTo(page, '?select=12');
    await page.getByRole('button', { name: 'Xuất ảnh…' }).click();
    const preview = page.locator('.export-preview');
    // Drawn for this opening: the dialog keeps the picture it showed last time until the new one is in.
    const drawn = async () => !(await page.locator('.export-preview-frame').getAttribute('class'))?.includes('is-drawing') && /^blob:/.test((await preview.getAttribute('src')) ?? '');
    await expect.poll(drawn, { timeout: 120_000 }).toBe(true);
    const first = await preview.getAttribute('src');
    const size = () => preview.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
    // 1920 × 1080 drawn at 720 px wide: the whole image, title strip and legend included, in proportion.
    expect(await size()).toEqual([720, 405]);
    expect(await preview.getAttribute('alt')).toContain('Lai Châu');
    await page.locator('.export-size').selectOption('screen');
    await expect.poll(async () => (await drawn()) && (await preview.getAttribute('src')) !== first, { timeout: 120_000 }).toBe(true);
    // The map in view: left of the dialog, which lies over the map's right edge.
    const map = await page.evaluate(() => ({ width: document.querySelector('.layout-side')!.getBoundingClientRect().left, height: document.querySelector('.layout-map')!.getBoundingClientRect().height }));
    const [w, h] = await size();
    expect(Math.abs(w! / h! - map!.width / map!.height)).toBeLessThan(0.02);
    await page.screenshot({ path: 'test-results/export-dialog.png' });
    await closeExport(page);
    expect(problems).toEqual([]);
  }, 300_000);

  it('under print media, each slide of a briefing sits on its own page with its title, legend and sources', async () => {
    const { page, problems } = shared();
    await goTo(page, '');
    // The browser's print dialog is counted, not opened: headless Chromium keeps a real print job
    // running, and page.pdf below would then refuse ("Page is already being printed").
    await page.evaluate(() => {
      const w = window as unknown as { print(): void; printCalls: number };
      w.printCalls = 0;
      w.print = () => { w.printCalls++; };
    });
    await page.getByRole('button', { name: 'Trình chiếu…' }).click();
    await page.getByRole('button', { name: 'In (A4 ngang)' }).click();
    const pages = page.locator('.print-page');
    await expect.poll(() => pages.count(), { timeout: 60_000 }).toBe(short.slides.length);
    expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.layout').isVisible()).toBe(false);
    for (const [i, slide] of short.slides.entries()) {
      const p = pages.nth(i);
      expect(await p.isVisible()).toBe(true);
      expect(await p.locator('.print-title').textContent()).toBe(slide.title);
      expect(await p.locator('.print-legend .legend-title').isVisible()).toBe(true);
      expect(await p.locator('.print-sources').textContent()).toContain('Nguồn:');
      expect(await p.locator('.print-map').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(2000);
      const breakAfter = await p.evaluate((e) => getComputedStyle(e).breakAfter);
      expect(breakAfter).toBe(i < short.slides.length - 1 ? 'page' : 'auto');
    }
    await page.pdf({ path: 'test-results/briefing-a4.pdf', format: 'A4', landscape: true });
    expect(problems).toEqual([]);
  }, 120_000);
});
