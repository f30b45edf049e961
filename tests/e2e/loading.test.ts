import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './helpers/app.ts';

const app = useBuiltApp();
let held = -1;

describe('loading', () => {
  it('a dataset that fails to load shows which file failed and why, never a blank page', async () => {
    const { page, problems } = await app.open('?dataset=data/missing');
    const alert = page.locator('.error[role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('data/missing/manifest.json: expected HTTP 200, got HTTP 404');
    expect(await page.locator('button.error-retry').count()).toBe(1);
    // The 404 itself is the expected failure; nothing else may go wrong.
    expect(problems.filter((p) => !p.includes('data/missing/manifest.json') && !p.includes('404'))).toEqual([]);
    expect(problems.some((p) => p.startsWith('page error'))).toBe(false);
  });

  it('shows a progress bar that moves while the dataset loads, then gives way to the map', async () => {
    const { page } = await app.open('', undefined, async (p) => {
      // Hold back the activity file so the half-loaded state can be looked at.
      await p.route('**/data/demo/activity.json', async (route) => {
        await p.waitForSelector('[role=progressbar][aria-valuenow]');
        held = Number(await p.getAttribute('[role=progressbar]', 'aria-valuenow'));
        await route.continue();
      });
    });
    await page.waitForSelector('#app[data-map-ready]');
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThan(100);
    expect(await page.locator('[role=progressbar]').count()).toBe(0);
  });
});
