import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './helpers/app.ts';
import { mapReady } from './helpers/browser.ts';

const app = useBuiltApp();

const hashView = (url: string) => new URLSearchParams(new URL(url).hash.slice(1)).get('map')?.split('/').map(Number);

describe('the view in the URL', () => {
  it('a link with #map=zoom/lat/lon opens there, and moving the map writes the hash back without new history entries', async () => {
    const { page, problems } = await app.open('#map=9/22.5/103');
    await mapReady(page);
    const box = (await page.locator('.layout-map').boundingBox())!;
    const centre = await page.evaluate(() => window.borderAtlas!.project([103, 22.5]));
    expect(centre.x).toBeCloseTo(box.width / 2, 0);
    expect(centre.y).toBeCloseTo(box.height / 2, 0);
    const before = await page.evaluate(() => history.length);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -600);
    await expect.poll(() => hashView(page.url())?.[0] ?? 0).toBeGreaterThan(9);
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(problems).toEqual([]);
  });
});
