import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CHOROPLETH, PALETTE } from '../../src/style/palette.ts';
import { useBuiltApp } from './helpers/app.ts';
import { mapReady } from './helpers/browser.ts';
import { sampleMapCanvas } from './helpers/canvasColours.ts';

const app = useBuiltApp();
mkdirSync('test-results', { recursive: true });
const H1_2024 = '2024-01-01/2024-06-30';

/** Holds the demo's activity file back until `release` is called: the figures are then still on their way. */
function holdActivity(): { before: (page: Page) => Promise<void>; release: () => void } {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => { release = resolve; });
  return {
    before: async (page) => {
      await page.route('**/data/demo/activity.json', async (route) => {
        await held;
        await route.continue();
      });
    },
    release: () => release(),
  };
}

/** Goes to another state as the browser's history does, without reloading the page. */
async function goTo(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', q);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
}

describe('drawing before the figures arrive', () => {
  it('draws the communes, coloured by their border length, while the activity file is still on its way; an area opened meanwhile says its figures are loading, then shows them', async () => {
    const activity = holdActivity();
    const { page, problems } = await app.open('?lang=en', undefined, activity.before);
    await mapReady(page);
    expect(await page.locator('#app[data-figures-ready]').count()).toBe(0);
    const colours = Object.fromEntries(CHOROPLETH.map((c, i) => [`class${i}`, c]));
    const sample = await sampleMapCanvas(page, { ...colours, vietnam: PALETTE.landVietnam, border: PALETTE.borderLine });
    const communes = CHOROPLETH.reduce((sum, _, i) => sum + (sample.share[`class${i}`] ?? 0), 0);
    expect(communes).toBeGreaterThan(0.001);
    expect(sample.share.border).toBeGreaterThan(0.001);

    await goTo(page, `?lang=en&select=12`);
    const panel = page.locator('aside.panel[data-area-id="12"]');
    await expect.poll(() => panel.locator('.panel-title').textContent()).toBe('Lai Châu');
    expect(await panel.locator('.panel-figures.is-loading').textContent()).toBe('Loading figures…');
    expect(await panel.locator('.panel-activity').getAttribute('aria-busy')).toBe('true');
    await page.screenshot({ path: 'test-results/early-draw-loading.png' });

    activity.release();
    await page.waitForSelector('#app[data-figures-ready]');
    expect(await panel.locator(`[data-metric="patrols"][data-period="${H1_2024}"] .value`).textContent()).toBe('224');
    expect(await panel.locator('.panel-figures').count()).toBe(0);
    // The statistics the activity brings join the list the communes can be coloured by.
    expect(await page.locator('#stat-picker option[value="patrols"]').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('asks for the activity file once the first view is drawn, and at once when a link opens an area', async () => {
    /** Whether the map was ready when the page asked for the activity file (null: never asked). */
    const readyWhenAsked = async (query: string) => {
      let ready: boolean | null = null;
      const { page, problems } = await app.open(query, undefined, async (p) => {
        await p.route('**/data/demo/activity.json', async (route) => {
          ready = (await p.locator('#app[data-map-ready]').count()) === 1;
          await route.continue();
        });
      });
      await page.waitForSelector('#app[data-figures-ready]');
      expect(problems).toEqual([]);
      return ready;
    };
    expect(await readyWhenAsked('?lang=en')).toBe(true);
    expect(await readyWhenAsked('?lang=en&select=12')).toBe(false);
  });

  it('a link that colours the communes by an activity statistic is ready only once its figures are drawn, and keeps that statistic', async () => {
    const activity = holdActivity();
    const { page, problems } = await app.open('?stat=patrols', undefined, activity.before);
    // The layers are drawn (the map has gone idle on them) while the figures are held back: not yet the view the link asks for.
    await page.waitForFunction(() => performance.getEntriesByName('ba:style').length > 0 && 'borderAtlas' in window);
    await page.evaluate(() => (window as unknown as { borderAtlas: { idle(): Promise<void> } }).borderAtlas.idle());
    expect(await page.locator('#app[data-map-ready]').count()).toBe(0);

    activity.release();
    await mapReady(page);
    expect(await page.locator('#app[data-figures-ready]').count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('stat')).toBe('patrols');
    expect(await page.locator('#stat-picker').inputValue()).toBe('patrols');
    // Nothing of the link was set aside.
    expect(await page.locator('.url-notice:not([hidden])').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('a link that opens an area is ready with the area\'s figures in its panel', async () => {
    const activity = holdActivity();
    const { page, problems } = await app.open('?select=12', undefined, activity.before);
    await page.waitForFunction(() => document.querySelector('.panel-figures.is-loading') !== null);
    expect(await page.locator('#app[data-map-ready]').count()).toBe(0);
    activity.release();
    await mapReady(page);
    expect(await page.locator(`aside.panel [data-metric="patrols"][data-period="${H1_2024}"] .value`).textContent()).toBe('224');
    expect(problems).toEqual([]);
  });
});
