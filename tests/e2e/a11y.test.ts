import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './helpers/app.ts';
import { goTo, mapReady } from './helpers/browser.ts';
import { describeFindings, seriousViolations } from './helpers/axe.ts';

const app = useBuiltApp();

/** axe-core finds nothing serious or critical on the page as it stands; the message lists each finding and where. */
async function expectAccessible(page: Page): Promise<void> {
  await page.evaluate(() => window.borderAtlas?.idle());
  const findings = await seriousViolations(page);
  expect(findings, `axe-core found:\n${describeFindings(findings)}`).toEqual([]);
}

// The screens of the full app share one page, loaded once at a refused link (what a load judges of a link is said in
// the notice the first test checks and then closes): each test takes it to its screen the way Back and Forward would
// (the app reads the whole link again), at the window size it is about, and closes the dialog it opened. The report of
// opened files comes last, as its files stay in the dataset. A phone and the embed, which a page loads as, have their own.
describe.sequential('every screen of the full app passes axe-core with no serious or critical violation', () => {
  const shared = app.shared('?layers=foo,bar&select=garbage');
  /** Opens a dialog with its button, checks it, and closes it again with Escape for the next test. */
  async function expectDialogAccessible(button: string, dialog: string): Promise<void> {
    const { page } = shared();
    await page.getByRole('button', { name: button }).click();
    await page.waitForSelector(`${dialog}:not([hidden])`);
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await page.waitForSelector(`${dialog}[hidden]`, { state: 'attached' });
  }

  it('a link with values it cannot use, and its notice', async () => {
    const { page } = shared();
    await mapReady(page);
    // The page's own load, at this link: its notice names the area a load found missing too.
    expect(await page.locator('.url-notice').textContent()).toContain('select=garbage');
    await expectAccessible(page);
    await page.locator('.url-notice-close').click();
  });

  it('the default view', async () => {
    const { page } = shared();
    await goTo(page, '');
    await expectAccessible(page);
  });

  it("a commune's panel", async () => {
    const { page } = shared();
    await goTo(page, '?select=03451');
    await page.waitForSelector('aside.panel[data-area-id="03451"]');
    await expectAccessible(page);
  });

  it("a province's panel", async () => {
    const { page } = shared();
    await goTo(page, '?select=12');
    await page.waitForSelector('aside.panel[data-area-id="12"]');
    await expectAccessible(page);
  });

  it('the coverage view', async () => {
    const { page } = shared();
    await goTo(page, '?view=coverage&radius=10');
    await page.waitForSelector('.coverage-panel:not([hidden])');
    await expectAccessible(page);
  });

  it('the briefing editor', async () => {
    const { page } = shared();
    await goTo(page, '');
    await page.getByRole('button', { name: 'Trình chiếu…' }).click();
    await page.waitForSelector('.briefing-panel:not([hidden]) .briefing-slide');
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.briefing-panel[hidden]', { state: 'attached' });
  });

  it('the share dialog', async () => {
    const { page } = shared();
    await goTo(page, '?select=12');
    await expectDialogAccessible('Chia sẻ…', '.share-panel');
  });

  it('the export dialog', async () => {
    const { page } = shared();
    await goTo(page, '');
    await expectDialogAccessible('Xuất ảnh…', '.export-panel');
  });

  it('presenting, at 1600×900', async () => {
    const { page } = shared();
    await page.setViewportSize({ width: 1600, height: 900 });
    await goTo(page, '?present=demo-story&slide=2');
    await page.waitForSelector('.present-title');
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.present-overlay', { state: 'hidden' });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("the report of opened files", async () => {
    const { page } = shared();
    await goTo(page, '');
    const bad = 'tests/fixtures/in/bad';
    await page.setInputFiles('#import-files', [`${bad}/duplicate-id.geojson`, `${bad}/activity-negative-value.csv`]);
    await page.waitForSelector('.report:not([hidden]) .report-file');
    await expectAccessible(page);
  });
});

describe('every screen on a phone and in the embed passes axe-core with no serious or critical violation', () => {
  it('a phone, with the search listing matches', async () => {
    const { page } = await app.open('?select=03451', { width: 390, height: 844 });
    await mapReady(page);
    await page.locator('[role=combobox]').fill('nam');
    await page.waitForSelector('[role=listbox]:not([hidden])');
    await expectAccessible(page);
  });

  it('the embedded map', async () => {
    const { page } = await app.open('?embed=1&select=12&panel=1', { width: 360, height: 640 });
    await mapReady(page);
    await expectAccessible(page);
  });
});
