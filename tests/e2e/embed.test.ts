import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/serve/staticServer.ts';
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

/** A host page around the embedded map, served by the test at `origin`, recording the map's messages. */
function hostPage(appUrl: string, width = 360, height = 640): string {
  return `<!doctype html><html><body style="margin:0;font:16px sans-serif">
<div style="height:200px">Trang chủ cổng thông tin</div>
<iframe id="atlas" src="${appUrl}" style="width:${width}px;height:${height}px;border:0"></iframe>
<div style="height:3000px">Phần dưới của trang</div>
<script>
  window.received = [];
  addEventListener('message', (e) => {
    if (e.data && typeof e.data.type === 'string' && e.data.type.startsWith('border-atlas:')) received.push(e.data);
  });
  window.send = (msg) => document.getElementById('atlas').contentWindow.postMessage(msg, '*');
</script></body></html>`;
}

describe('embedding', () => {
  it('embed mode at 360×640 shows the map and the panel toggle, and a link to the full map', async () => {
    const { page, problems } = await app.open('?embed=1&select=12', { width: 360, height: 640 });
    await mapReady(page);
    expect(await page.locator('.layout-map canvas').isVisible()).toBe(true);
    expect(await page.locator('.header').isVisible()).toBe(false);
    expect(await page.locator('.import-control').first().isVisible()).toBe(false);
    const toggle = page.locator('.panel-toggle');
    expect(await toggle.isVisible()).toBe(true);
    // A link that selects an area opens the panel; the toggle closes and opens it.
    expect(await page.locator('aside.panel').isVisible()).toBe(true);
    await toggle.click();
    expect(await page.locator('.layout-side').isVisible()).toBe(false);
    await toggle.click();
    expect(await page.locator('aside.panel').isVisible()).toBe(true);
    const full = await page.locator('.embed-full').getAttribute('href');
    expect(full).toContain('select=12');
    expect(full).not.toContain('embed=1');
    await page.screenshot({ path: 'test-results/embed-360.png' });
    expect(problems).toEqual([]);
  });

  it('a wheel over the embedded map without Ctrl scrolls the host page, not the map', async () => {
    const { page } = await app.blank({ width: 800, height: 700 });
    const origin = new URL(app.url()).origin;
    await page.route(`${origin}/host.html`, (r) => r.fulfill({ contentType: 'text/html', body: hostPage(`${app.url()}?embed=1`) }));
    await page.goto(`${origin}/host.html`);
    const frame = page.frameLocator('#atlas');
    await frame.locator('#app[data-map-ready]').waitFor({ timeout: 30_000 });
    const box = (await page.locator('#atlas').boundingBox())!;
    const mapFrame = page.frames().find((f) => f.url().startsWith(app.url()))!;
    const zoomBefore = hashView(mapFrame.url())?.[0];
    await page.mouse.move(box.x + box.width / 2, box.y + 150);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    expect(hashView(mapFrame.url())?.[0]).toBe(zoomBefore);
  });

  it('a host page on the same origin sets the selection and the statistic by postMessage and hears the changes', async () => {
    const { page, problems } = await app.blank({ width: 800, height: 700 });
    const origin = new URL(app.url()).origin;
    await page.route(`${origin}/host.html`, (r) => r.fulfill({ contentType: 'text/html', body: hostPage(`${app.url()}?embed=1`, 760, 600) }));
    await page.goto(`${origin}/host.html`);
    const received = () => page.evaluate(() => (window as unknown as { received: { type: string; state?: Record<string, string>; height?: number }[] }).received);
    await expect.poll(async () => (await received()).some((m) => m.type === 'border-atlas:ready'), { timeout: 30_000 }).toBe(true);
    expect((await received()).find((m) => m.type === 'border-atlas:height')?.height).toBeGreaterThanOrEqual(480);
    await page.evaluate(() => (window as unknown as { send(m: unknown): void }).send({ type: 'border-atlas:set', state: { select: '12', stat: 'patrols' } }));
    const frame = page.frameLocator('#atlas');
    await expect.poll(() => frame.locator('aside.panel').getAttribute('data-area-id')).toBe('12');
    await expect.poll(async () => (await received()).some((m) => m.type === 'border-atlas:state' && m.state?.select === '12' && m.state?.stat === 'patrols')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('a page on an origin not on the allowlist hears nothing of what the user does, and its commands are ignored with one warning', async () => {
    const { page } = await app.blank({ width: 800, height: 700 });
    // Another port is another origin: this host is a stranger to the map. (A real server, not a
    // routed page: Chromium blocks a routed page, which has no address, from framing a local one.)
    const dir = mkdtempSync(join(tmpdir(), 'border-atlas-host-'));
    writeFileSync(join(dir, 'host.html'), hostPage(`${app.url()}?embed=1`, 760, 600));
    const host = await startStaticServer({ root: dir, base: '/' });
    const stranger = new URL(host.url).origin;
    const warnings: string[] = [];
    page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
    await page.goto(`${host.url}host.html`);
    const frame = page.frameLocator('#atlas');
    await frame.locator('#app[data-map-ready]').waitFor({ timeout: 30_000 });
    const received = () => page.evaluate(() => (window as unknown as { received: { type: string }[] }).received);
    await page.evaluate(() => {
      const w = window as unknown as { send(m: unknown): void };
      for (let i = 0; i < 50; i++) w.send({ type: 'border-atlas:set', state: { select: '12' } });
    });
    await expect.poll(() => warnings.some((w) => w.includes(`ignored a command from ${stranger}`))).toBe(true);
    // A click in the map is the user's: the stranger must not hear of it.
    await frame.locator('.panel-toggle').click();
    await expect.poll(() => frame.locator('.panel-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await received()).toEqual([]);
    expect(warnings.filter((w) => w.includes(stranger))).toHaveLength(1);
    expect(await frame.locator('aside.panel').getAttribute('data-area-id')).toBeNull();
    await host.close();
  });

  it('only the embed view may be framed by another site: the full app in a stranger\'s frame is refused by the header policy', async () => {
    const { page } = await app.blank({ width: 800, height: 700 });
    const dir = mkdtempSync(join(tmpdir(), 'border-atlas-host-'));
    writeFileSync(join(dir, 'host.html'), hostPage(app.url(), 760, 600));
    const host = await startStaticServer({ root: dir, base: '/' });
    const refusals: string[] = [];
    page.on('console', (m) => { if (m.text().includes('frame-ancestors')) refusals.push(m.text()); });
    await page.goto(`${host.url}host.html`);
    await expect.poll(() => refusals.length, { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await page.frameLocator('#atlas').locator('#app').count()).toBe(0);
    await host.close();
  });

  it('the full app outside embed mode announces nothing, even to a page of its own origin', async () => {
    const { page } = await app.blank({ width: 800, height: 700 });
    const origin = new URL(app.url()).origin;
    await page.route(`${origin}/host.html`, (r) => r.fulfill({ contentType: 'text/html', body: hostPage(app.url(), 760, 600) }));
    await page.goto(`${origin}/host.html`);
    await page.frameLocator('#atlas').locator('#app[data-map-ready]').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([]);
  });
});

describe('the share dialog', () => {
  it('gives a link and an <iframe> for the current view with the options chosen, and previews it live', async () => {
    const { page, problems } = await app.open('?select=40');
    await mapReady(page);
    await page.getByRole('button', { name: 'Chia sẻ…' }).click();
    expect(await page.locator('#share-link').inputValue()).toContain('?select=40#map=');
    await page.locator('.share-panel select[name=size]').selectOption('640x480');
    await page.locator('.share-panel input[name=panel]').check();
    await page.locator('.share-panel input[name=controls]').uncheck();
    await page.locator('.share-panel select[name=lang]').selectOption('en');
    const snippet = await page.locator('#share-snippet').inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+\?lang=en&amp;select=40&amp;embed=1&amp;panel=1&amp;controls=0#map=[^"]+" title="[^"]+" style="width:640px;height:480px;border:0"/);
    const src = snippet.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
    expect(await page.locator('.share-preview').getAttribute('src')).toBe(src);
    const preview = page.frameLocator('.share-preview');
    await preview.locator('#app[data-map-ready]').waitFor({ timeout: 30_000 });
    expect(await preview.locator('.panel-toggle').textContent()).toBe('Details');
    expect(await preview.locator('aside.panel[data-area-id="40"]').isVisible()).toBe(true);
    expect(await preview.locator('.layout-controls').isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });
});
