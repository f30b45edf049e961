import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { PALETTE } from '../../src/style/palette.ts';
import { useBuiltApp } from './helpers/app.ts';
import { goTo, mapReady } from './helpers/browser.ts';
import { sampleMapCanvas } from './helpers/canvasColours.ts';

const app = useBuiltApp();
mkdirSync('test-results', { recursive: true });

// The four tests share one page, loaded once (a load costs seconds of software WebGL), with every request it makes
// from the start kept for the offline test; the layer test, which switches a layer off, runs last.
describe.sequential('the map', () => {
  const requests: string[] = [];
  const shared = app.shared('', undefined, async (page) => { page.on('request', (r) => requests.push(r.url())); });

  it('reaches idle with every layer drawn, served under a sub-path, and its screenshot is not blank', async () => {
    const { page, problems } = shared();
    await mapReady(page);
    await goTo(page, '');
    await page.screenshot({ path: 'test-results/map.png' });
    const sample = await sampleMapCanvas(page, {
      sea: PALETTE.sea, vietnam: PALETTE.landVietnam, neighbour: PALETTE.landNeighbour, border: PALETTE.borderLine,
    });
    expect(sample.distinctColours).toBeGreaterThan(200);
    expect(sample.share.sea).toBeGreaterThan(0.01);
    expect(sample.share.vietnam).toBeGreaterThan(0.05);
    expect(sample.share.neighbour).toBeGreaterThan(0.05);
    expect(sample.share.border).toBeGreaterThan(0.001);
    expect(problems).toEqual([]);
  });

  it('runs offline: every request stays on the site, fonts included', async () => {
    const { page, problems } = shared();
    await goTo(page, '');
    const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family));
    expect(fonts.join()).toContain('Be Vietnam Pro');
    expect(requests.filter((u) => !u.startsWith(app.url()))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('draws its labels in fonts read while the dataset loads: no font is asked for once the map draws', async () => {
    const { page, problems } = shared();
    await goTo(page, '');
    const { mapFaces, lateFonts } = await page.evaluate(() => {
      const firstFrame = performance.getEntriesByName('ba:first-render')[0]!.startTime;
      return {
        // The faces MapLibre made from the files for its labels (regular and semibold, Latin and Vietnamese letters).
        mapFaces: [...document.fonts].filter((f) => f.family.startsWith('maplibre-gl-font-face-') && f.status === 'loaded').length,
        lateFonts: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.woff2') && e.startTime > firstFrame).map((e) => e.name),
      };
    });
    expect(mapFaces).toBe(4);
    expect(lateFonts).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a layer switched off disappears from the map and from the URL', async () => {
    const { page, problems } = shared();
    await goTo(page, '');
    const before = await sampleMapCanvas(page, { border: PALETTE.borderLine });
    expect(before.share.border).toBeGreaterThan(0.001);
    await page.uncheck('input[data-layer="borderLine"]');
    await page.waitForFunction(() => !location.search.includes('borderLine') && location.search.includes('layers='));
    await page.evaluate(() => window.borderAtlas?.idle());
    const after = await sampleMapCanvas(page, { border: PALETTE.borderLine });
    expect(after.share.border).toBeLessThan((before.share.border ?? 0) / 5);
    expect(problems).toEqual([]);
  });
});
