import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import type { CommuneProps } from '../../src/data/types.ts';
import { unitOf2025 } from '../../src/units/unitOf2025.ts';
import { useBuiltApp } from './helpers/app.ts';
import { goTo } from './helpers/browser.ts';

const app = useBuiltApp();
const communes = (JSON.parse(readFileSync('data/demo/communes.geojson', 'utf8')) as FeatureCollection<Polygon, CommuneProps>).features.map((f) => f.properties);
const laiChau = communes.filter((c) => c.provinceId === '12');
const laiChauUnits = new Set(laiChau.map((c) => unitOf2025(c)?.id ?? c.id));

// Both tests share one page, loaded once: each goes to its link the way Back and Forward would (the app reads the
// whole link again, the units among it), which is seconds faster than a new page.
describe.sequential('units before and after the reform of 1 July 2025', () => {
  const shared = app.shared('?select=12');

  it('the switch changes the communes on screen to the merged units, and back', async () => {
    const { page, problems } = shared();
    await goTo(page, '?select=12');
    const links = page.locator('aside.panel .panel-facts button[data-select]:not([data-select^="station-"]):not([data-select^="gate-"]):not([data-select^="post-"])');
    expect(await links.count()).toBe(laiChau.length);
    await page.locator('input[data-units="post2025"]').check();
    await expect.poll(() => links.count()).toBe(laiChauUnits.size);
    expect(laiChauUnits.size).toBeLessThan(laiChau.length);
    expect(page.url()).toContain('units=2025');
    await page.evaluate(() => window.borderAtlas?.idle());
    await page.screenshot({ path: 'test-results/units-2025.png' });
    await page.goBack();
    await expect.poll(() => links.count()).toBe(laiChau.length);
    expect(problems).toEqual([]);
  });

  it('a selected commune stays selected as the unit it merged into, and the coverage tables count units', async () => {
    const thuLum = communes.find((c) => c.id === '03439')!;
    const unit = unitOf2025(thuLum)!;
    const { page, problems } = shared();
    await goTo(page, '?select=03439&view=coverage');
    await page.locator('input[data-units="post2025"]').check();
    await expect.poll(() => page.locator('aside.panel').getAttribute('data-area-id')).toBe(unit.id);
    expect(await page.locator('aside.panel .panel-title').textContent()).toBe(unit.name);
    const allUnits = new Set(communes.map((c) => unitOf2025(c)?.id ?? c.id));
    expect(await page.locator('.coverage-communes summary').textContent()).toContain(`(${allUnits.size})`);
    expect(problems).toEqual([]);
  });
});
