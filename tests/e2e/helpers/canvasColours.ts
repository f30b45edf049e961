import type { Page } from 'playwright-core';

export interface CanvasSample {
  width: number;
  height: number;
  distinctColours: number;
  /** Share of the pixels (of the box, when one is given) within a small distance of each named colour. */
  share: Record<string, number>;
}

/** Counts the colours of the map as drawn on screen, to tell a drawn map from a blank one. */
export async function sampleMapCanvas(page: Page, colours: Record<string, string>): Promise<CanvasSample> {
  // A screenshot of the map's area: the WebGL canvas keeps no drawing buffer to read.
  return samplePng(page, await page.locator('.layout-map').screenshot(), colours);
}

/** Decodes a PNG in the page and counts its colours, over the whole image or a box [x0, y0, x1, y1] of it. */
export async function samplePng(page: Page, png: Buffer, colours: Record<string, string>, box?: [number, number, number, number]): Promise<CanvasSample> {
  return page.evaluate(async ({ png, targets, box }) => {
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
    const [x0, y0, x1, y1] = box ?? [0, 0, c.width, c.height];
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * c.width + x) * 4;
        const r = data[i] as number, g = data[i + 1] as number, b = data[i + 2] as number;
        seen.add((r << 16) | (g << 8) | b);
        for (const [k, [tr, tg, tb]] of Object.entries(rgb) as [string, number[]][]) {
          if (Math.abs(r - (tr as number)) + Math.abs(g - (tg as number)) + Math.abs(b - (tb as number)) < 24) hits[k] = (hits[k] as number) + 1;
        }
      }
    }
    const pixels = (x1 - x0) * (y1 - y0);
    return { width: c.width, height: c.height, distinctColours: seen.size, share: Object.fromEntries(Object.entries(hits).map(([k, n]) => [k, n / pixels])) };
  }, { png: png.toString('base64'), targets: colours, box });
}
