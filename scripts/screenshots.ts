/**
 * Saves the pictures docs/ shows (README, docs/screenshots/) from the built
 * app, served as the end-to-end tests serve it: run `npx vite build` first;
 * this script builds nothing. `npm run screenshots [-- <folder>]`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { startStaticServer } from './serve/staticServer.ts';
import { securityHeaders } from './serve/securityHeaders.ts';
import { launchChromium } from '../tests/e2e/helpers/browser.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');

interface Shot {
  file: string;
  query: string;
  viewport: { width: number; height: number };
  /** What to wait for besides the map being drawn. */
  waitFor?: string;
}

const SHOTS: Shot[] = [
  { file: 'default-view.png', query: '', viewport: { width: 1440, height: 900 } },
  { file: 'province-panel.png', query: '?select=12', viewport: { width: 1440, height: 900 }, waitFor: 'aside.panel[data-area-id="12"]' },
  { file: 'coverage.png', query: '?view=coverage&radius=10', viewport: { width: 1440, height: 900 }, waitFor: '.coverage-panel:not([hidden])' },
  { file: 'projector-slide.png', query: '?present=demo-story&slide=1', viewport: { width: 1920, height: 1080 }, waitFor: '.present-title' },
  { file: 'phone.png', query: '?select=03451', viewport: { width: 390, height: 844 }, waitFor: 'aside.panel[data-area-id="03451"]' },
];

async function settle(page: Page): Promise<void> {
  await page.waitForSelector('#app[data-map-ready]', { timeout: 90_000 });
  await page.evaluate(() => (window as { borderAtlas?: { idle(): Promise<void> } }).borderAtlas?.idle());
}

async function main(): Promise<void> {
  if (!existsSync(resolve(DIST, 'index.html'))) throw new Error(`${DIST}/index.html is missing: run "npx vite build" first`);
  const out = resolve(ROOT, process.argv[2] ?? 'docs/screenshots');
  mkdirSync(out, { recursive: true });
  const server = await startStaticServer({ root: DIST, base: '/maps/atlas/', headers: (url) => securityHeaders([], url.searchParams.get('embed') === '1') });
  const browser = await launchChromium();
  try {
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: 1, timezoneId: 'UTC', locale: 'vi-VN', reducedMotion: 'reduce' });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${server.url}${shot.query}`);
      await settle(page);
      if (shot.waitFor) await page.waitForSelector(shot.waitFor, { timeout: 60_000 });
      await settle(page);
      await page.screenshot({ path: resolve(out, shot.file) });
      await context.close();
      if (problems.length > 0) throw new Error(`${shot.file}: the page reported ${problems.join('; ')}`);
      console.log(`${out}/${shot.file}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
