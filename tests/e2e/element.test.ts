import { cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from '../../scripts/serve/staticServer.ts';
import { launchChromium, openPage } from './helpers/browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
let server: StaticServer;
let browser: Browser;

// A host page of its own site: the script embed from dist-lib, the demo data beside it.
beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist-lib/border-atlas.js'))) throw new Error('dist-lib/border-atlas.js is missing: run "npm run build:lib" (npm test does) first');
  const dir = mkdtempSync(join(tmpdir(), 'border-atlas-element-'));
  cpSync(join(ROOT, 'dist-lib'), join(dir, 'lib'), { recursive: true });
  cpSync(join(ROOT, 'data/demo'), join(dir, 'data/demo'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="lib/border-atlas.css"><script type="module" src="lib/border-atlas.js"></script></head>
<body style="margin:0;font-family:serif"><h1 id="host-title">A news page</h1>
<border-atlas id="a" dataset="data/demo" select="12" lang="en" style="height:420px;width:760px"></border-atlas>
<border-atlas id="b" dataset="data/demo" select="40" style="height:420px;width:760px"></border-atlas>
</body></html>`);
  server = await startStaticServer({ root: dir, base: '/news/' });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('<border-atlas>, the script embed', () => {
  it('two elements on one page each draw their own map with their own state, and leave the page alone', async () => {
    const { page, problems } = await openPage(browser, server.url, { width: 800, height: 1000 });
    await page.locator('#a .border-atlas-root[data-map-ready]').waitFor({ timeout: 60_000 });
    await page.locator('#b .border-atlas-root[data-map-ready]').waitFor({ timeout: 60_000 });
    expect(await page.locator('#a aside.panel .panel-title').textContent()).toBe('Lai Châu');
    expect(await page.locator('#a aside.panel .panel-kind').textContent()).toContain('Province');
    expect(await page.locator('#b aside.panel .panel-title').textContent()).toBe('Nghệ An');
    expect(await page.locator('#b aside.panel .panel-kind').textContent()).toContain('Tỉnh');
    // An attribute changes one map only, which says so with an event.
    const event = page.evaluate(() => new Promise<Record<string, string>>((resolve) => {
      document.getElementById('b')!.addEventListener('statechange', (e) => resolve((e as CustomEvent<Record<string, string>>).detail), { once: true });
    }));
    await page.evaluate(() => document.getElementById('b')!.setAttribute('select', '03451'));
    await expect.poll(() => page.locator('#b aside.panel').getAttribute('data-area-id')).toBe('03451');
    expect((await event).select).toBe('03451');
    expect(await page.locator('#a aside.panel').getAttribute('data-area-id')).toBe('12');
    // The page keeps its address, its language and its own styles.
    expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#host-title').evaluate((h) => getComputedStyle(h).fontFamily)).toBe('serif');
    await page.screenshot({ path: 'test-results/element-two.png', fullPage: true });
    expect(problems).toEqual([]);
  });
});
