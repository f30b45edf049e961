import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './helpers/app.ts';
import { mapReady } from './helpers/browser.ts';

const app = useBuiltApp();
const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist/.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
/** The chunk Vite made for a source file that is only imported with import(). */
const chunk = (src: string) => {
  const file = manifest[src]?.file;
  if (!file) throw new Error(`dist/.vite/manifest.json: expected a chunk for ${src}, found none (is it still loaded lazily?)`);
  return file.split('/').pop()!;
};
// withDerivedFacts carries the polygon union: fetched with the 2025 units or the first file joined, never with the page.
const LAZY = ['src/app/Exporter.ts', 'src/app/Briefings.ts', 'src/app/Sharing.ts', 'src/app/Coverage.ts', 'src/units/toUnits2025.ts', 'src/geo/withDerivedFacts.ts'];

/** Every script the page (and its workers) asked for, by file name. */
function recordScripts(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop() ?? '';
    if (/\.m?js$/.test(name)) seen.push(name);
  });
  return seen;
}

async function settled(page: Page): Promise<void> {
  await mapReady(page);
  await page.evaluate(() => window.borderAtlas!.idle());
  await page.waitForLoadState('networkidle');
}

describe('code loaded when a feature is first used', () => {
  it('the first view fetches no code for export, briefings, sharing, coverage, the 2025 units or the polygon union; pressing export and share fetches theirs and opens them', async () => {
    let seen: string[] = [];
    const { page, problems } = await app.open('', undefined, async (p) => {
      seen = recordScripts(p);
    });
    await settled(page);
    for (const src of LAZY) expect(seen, src).not.toContain(chunk(src));
    // Opening files is ready with the map: its code came beside the first frames.
    expect(seen).toContain(chunk('src/app/Imports.ts'));
    expect(await page.locator('#import-files').count()).toBe(1);

    await page.getByRole('button', { name: 'Xuất ảnh…' }).click();
    await page.locator('.export-size').waitFor();
    expect(seen).toContain(chunk('src/app/Exporter.ts'));
    // One export button: the stand-in gave its place to the tool's own.
    expect(await page.getByRole('button', { name: 'Xuất ảnh…' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Chia sẻ…' }).click();
    await page.getByRole('button', { name: 'Chia sẻ…' }).waitFor();
    expect(seen).toContain(chunk('src/app/Sharing.ts'));
    expect(await page.getByRole('button', { name: 'Chia sẻ…' }).count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('a feature whose code cannot be fetched says which one and what failed, in the reader\'s language, and the map keeps working; a refused units switch goes back', async () => {
    const exporter = chunk('src/app/Exporter.ts');
    const units = chunk('src/units/toUnits2025.ts');
    mkdirSync('test-results', { recursive: true });
    const { page, problems } = await app.open('', undefined, async (p) => {
      await p.route(`**/assets/${exporter}`, (route) => route.fulfill({ status: 503, body: 'down for maintenance' }));
      await p.route(`**/assets/${units}`, (route) => route.fulfill({ status: 503, body: 'down for maintenance' }));
    });
    await settled(page);
    await page.getByRole('button', { name: 'Xuất ảnh…' }).click();
    const alert = page.locator('.feature-failed[role=alert]');
    await alert.waitFor();
    expect(await alert.locator('h2').textContent()).toBe('Không tải được chức năng xuất ảnh');
    expect(await alert.locator('.error-message').textContent()).toContain(exporter);
    expect(await page.getByRole('button', { name: 'Thử lại' }).count()).toBe(1);
    await page.screenshot({ path: 'test-results/lazy-failed.png' });
    // The stand-in stays, ready for another try, and the rest of the map answers.
    expect(await page.getByRole('button', { name: 'Xuất ảnh…' }).isEnabled()).toBe(true);
    await alert.getByRole('button', { name: 'Đóng' }).click();
    expect(await alert.count()).toBe(0);
    // The units' code refused: the switch shows the units still drawn, not the ones asked for, and the link keeps them.
    // A click, not check(): check() insists the box stays checked, and the app may put it back before check() looks.
    await page.locator('input[data-units="post2025"]').click();
    await alert.waitFor();
    expect(await alert.locator('.error-message').textContent()).toContain(units);
    await expect.poll(() => page.locator('input[data-units="pre2025"]').isChecked()).toBe(true);
    expect(await page.locator('input[data-units="post2025"]').isChecked()).toBe(false);
    expect(page.url()).not.toContain('units=');
    // The refused chunks themselves are the expected failures (the console names their status, not their files); nothing else may go wrong.
    expect(problems.filter((p) => !p.includes(exporter) && !p.includes(units) && !p.includes('status of 503'))).toEqual([]);
  });
});
