import type { Page } from 'playwright-core';

export interface CanvasSample {
  distinctColours: number;
  /** Share of pixels within a small distance of each named colour. */
  share: Record<string, number>;
}

/** Counts the colours of the map as drawn on screen, to tell a drawn map from a blank one. */
export async function sampleMapCanvas(page: Page, colours: Record<string, string>): Promise<CanvasSample> {
  // A screenshot of the map's area, decoded in the page: the WebGL canvas keeps no drawing buffer to read.
  const png = (await page.locator('.layout-map').screenshot()).toString('base64');
  return page.evaluate(async ({ png, targets }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${png}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d');
    if (!ctx) throw new Error('no 2D context');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const rgb = Object.fromEntries(Object.entries(targets).map(([k, hex]) => [k, [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))]));
    const hits: Record<string, number> = Object.fromEntries(Object.keys(targets).map((k) => [k, 0]));
    const seen = new Set<number>();
    const pixels = data.length / 4;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] as number, g = data[i + 1] as number, b = data[i + 2] as number;
      seen.add((r << 16) | (g << 8) | b);
      for (const [k, [tr, tg, tb]] of Object.entries(rgb) as [string, number[]][]) {
        if (Math.abs(r - (tr as number)) + Math.abs(g - (tg as number)) + Math.abs(b - (tb as number)) < 24) hits[k] = (hits[k] as number) + 1;
      }
    }
    return { distinctColours: seen.size, share: Object.fromEntries(Object.entries(hits).map(([k, n]) => [k, n / pixels])) };
  }, { png, targets: colours });
}
