import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './helpers/app.ts';
import { goTo, mapReady } from './helpers/browser.ts';
import { TOGGLE_LAYERS } from '../../src/state/schema.ts';

const app = useBuiltApp();

/** A link as the app writes it: the keys in its order, nothing it would drop. */
const WRITTEN = 'select=12&stat=patrols&view=coverage&radius=20';

describe('a link with parts the map cannot use', () => {
  it('?layers=foo,bar keeps every layer on, does not write an empty layers= back, and says what it ignored', async () => {
    const { page, problems } = await app.open('?layers=foo,bar&select=12', { width: 1440, height: 900 });
    await mapReady(page);
    for (const layer of TOGGLE_LAYERS) expect(await page.locator(`input[data-layer="${layer}"]`).isChecked()).toBe(true);
    await page.evaluate(() => window.borderAtlas?.idle());
    const url = new URL(page.url());
    expect(url.searchParams.has('layers')).toBe(false);
    expect(url.searchParams.get('select')).toBe('12');
    const notice = page.locator('.url-notice');
    expect(await notice.textContent()).toContain('layers=foo,bar (không phải lớp của bản đồ; dùng mọi lớp)');
    await page.screenshot({ path: 'test-results/url-notice.png' });
    expect(problems).toEqual([]);
  });

  it('an area, a briefing and a key that do not exist are named in one notice at the top of the map, in the reader\'s language', async () => {
    const { page } = await app.open('?select=garbage&present=nope&zoom=3', { width: 1440, height: 900 });
    await mapReady(page);
    const notice = page.locator('.url-notice');
    await expect.poll(() => notice.textContent()).toContain('present=nope (không có bài trình chiếu này)');
    const text = await notice.textContent();
    expect(text).toContain('select=garbage (không có vùng này)');
    expect(text).toContain('zoom=3 (bản đồ không đọc khoá này)');
    expect(await page.locator('.url-notice').count()).toBe(1);
    // Over the map's top, where the reader looks first: not below the fold.
    const box = (await notice.boundingBox())!;
    const map = (await page.locator('.layout-map').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(map.y);
    expect(box.y + box.height).toBeLessThan(map.y + map.height / 2);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => notice.textContent()).toContain('select=garbage (no such area)');
    await notice.getByRole('button', { name: 'Close the notice about the link' }).click();
    expect(await notice.isHidden()).toBe(true);
  });

  // The link the app wrote itself opens a page the other tests share: the notice a link brings when it is read
  // (an unknown key, a layer) is also said on Back and Forward, so each goes to its link with goTo, the notice
  // before it closed, which is seconds faster than a new page.
  describe.sequential('on one page, opened at a link the app wrote', () => {
    const shared = app.shared(`?${WRITTEN}`);
    async function startAt(query: string) {
      const { page } = shared();
      const close = page.locator('.url-notice-close');
      if (await close.isVisible()) await close.click();
      await goTo(page, query);
      return page;
    }

    it('a link the app wrote itself brings no notice', async () => {
      const { page } = shared();
      await mapReady(page);
      // The page's own load, at this link: what a load judges (an area, a statistic) is judged here too.
      expect(new URL(page.url()).search).toBe(`?${WRITTEN}`);
      expect(await page.locator('.url-notice').isHidden()).toBe(true);
    });

    it('?layers=communes,bogus shows the communes alone and names the layer it dropped', async () => {
      const page = await startAt('?layers=communes,bogus&lang=en');
      expect(await page.locator('input[data-layer="communes"]').isChecked()).toBe(true);
      expect(await page.locator('input[data-layer="provinces"]').isChecked()).toBe(false);
      expect(await page.locator('.url-notice').textContent()).toContain('layers=bogus (not a layer of this map; using Border communes)');
    });

    it('Escape closes the notice too, after the panel the link opened', async () => {
      const page = await startAt('?zoom=3&select=12');
      await page.keyboard.press('Escape');
      await page.waitForSelector('aside.panel[hidden]', { state: 'attached' });
      expect(await page.locator('.url-notice').isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(await page.locator('.url-notice').isHidden()).toBe(true);
    });
  });
});
