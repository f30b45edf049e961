import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Briefing } from '../../src/briefing/Briefing.ts';
import { PALETTE } from '../../src/style/palette.ts';
import { useBuiltApp } from './helpers/app.ts';
import { goTo, mapReady } from './helpers/browser.ts';
import { sampleMapCanvas } from './helpers/canvasColours.ts';

const app = useBuiltApp();
const SIN_SUOI_HO = '03592';
const H1_2024 = '2024-01-01--2024-06-30';
const Y2021 = '2021-01-01--2021-12-31';
/** The same camera for every view compared, so only the colours can differ. */
const CAMERA = '#map=6.6/20.8/104.2';
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
/** The legend's title without the illustrative badge it may carry. */
const legendTitle = (page: Page) => page.locator('.legend-title').evaluate((h) => h.firstChild?.textContent ?? '');

/** Sin Suối Hồ (Lai Châu) reports outreach for the first half of 2024 only; Nghệ An's communes for 2021. */
const outreachLink = (period: string | null) => `?lang=en&select=${SIN_SUOI_HO}&stat=outreach_sessions${period ? `&period=${period}` : ''}${CAMERA}`;

/** What the reader sees of the outreach view: the share of the map left uncoloured, the legend's title, the panel's figures. */
async function outreachView(page: Page) {
  await page.evaluate(() => window.borderAtlas?.idle());
  const noData = (await sampleMapCanvas(page, { noData: PALETTE.communeNoData })).share.noData!;
  return { noData, title: await legendTitle(page), panel: await page.locator('aside.panel .panel-activity').textContent() };
}

// The links at 1440×900 share one page, loaded once: each test goes to its link the way Back and Forward would (the app
// reads the whole link again), which is seconds faster than a new page. The slide test, which saves a briefing, runs
// last of them. A period the link's statistic lacks is judged when a page loads, and the embed is a mode a page loads
// in: those two load pages of their own.
describe('the period', () => {
  describe.sequential('links and slides at 1440×900, on one page', () => {
    const shared = app.shared(outreachLink(null), { width: 1440, height: 900 });

    it('?period= colours the communes for that period, names it in the legend, and the panel says a commune has no data for it rather than 0', async () => {
      const { page, problems } = shared();
      await goTo(page, outreachLink(null));
      const all = await outreachView(page);
      expect(all.title).toBe("Outreach sessions — each commune's latest period: H1 2024, 2021");
      expect(all.panel).toContain('H1 2024');
      expect(await page.locator('#period-picker').inputValue()).toBe('');

      // The same link with a period, read as Back or Forward reads one: same camera, same area.
      await goTo(page, outreachLink(Y2021));
      const y2021 = await outreachView(page);
      expect(y2021.title).toBe('Outreach sessions — 2021');
      expect(await page.locator('.legend-classes li').last().textContent()).toBe('No data for this period');
      expect(await page.locator('#period-picker').inputValue()).toBe(Y2021);
      expect(await page.locator('#period-picker option:checked').textContent()).toBe('2021');
      // Sin Suối Hồ's half-year figures are not shown as 2021's: the panel says so, and the map leaves Lai Châu's communes uncoloured.
      expect(y2021.panel).toContain('No data for this period (2021) for this area.');
      expect(await page.locator('aside.panel .figure').count()).toBe(0);
      expect(y2021.noData).toBeGreaterThan(all.noData);
      await page.screenshot({ path: 'test-results/period-2021.png' });
      expect(problems).toEqual([]);
    });

    it('a province panel keeps to the chosen period and says how many figures of other periods it hides', async () => {
      const { page, problems } = shared();
      await goTo(page, `?select=12&stat=patrols&period=${H1_2024}`);
      const periods = await page.locator('aside.panel .figure').evaluateAll((els) => els.map((e) => e.getAttribute('data-period')));
      expect(periods.length).toBeGreaterThan(0);
      expect(new Set(periods)).toEqual(new Set(['2024-01-01/2024-06-30']));
      expect(await page.locator('.panel-period-note').textContent()).toMatch(/^Chỉ hiện số liệu 6 tháng đầu năm 2024; \d+ số liệu của kỳ khác được ẩn/);
      expect(await legendTitle(page)).toBe('Buổi tuần tra — 6 tháng đầu năm 2024');
      // All periods again, from the choice itself: every period's figures are back, each under its own heading.
      await page.locator('#period-picker').selectOption('');
      await expect.poll(() => param(page, 'period')).toBeNull();
      const again = await page.locator('aside.panel .figure').evaluateAll((els) => new Set(els.map((e) => e.getAttribute('data-period'))).size);
      expect(again).toBeGreaterThan(1);
      expect(await page.locator('.panel-period-note').count()).toBe(0);
      expect(problems).toEqual([]);
    });

    it("a slide with a period applies it, a slide without one shows all periods, and a captured view keeps its period", async () => {
      const { page, problems } = shared();
      await goTo(page, '?present=demo-story&slide=3');
      await expect.poll(() => param(page, 'period')).toBe(H1_2024);
      expect(await page.locator('#period-picker').inputValue()).toBe(H1_2024);
      expect(await legendTitle(page)).toBe('Buổi tuần tra — 6 tháng đầu năm 2024');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => param(page, 'stat')).toBe('outreach_audience');
      expect(param(page, 'period')).toBeNull();
      await page.keyboard.press('Escape');
      await expect.poll(() => param(page, 'present')).toBeNull();

      await goTo(page, `?select=40&stat=outreach_sessions&period=${Y2021}`);
      await page.getByRole('button', { name: 'Trình chiếu…' }).click();
      await page.getByRole('button', { name: 'Bài mới' }).click();
      await page.getByRole('button', { name: /Thêm khung nhìn này/ }).click();
      const download = page.waitForEvent('download');
      await page.locator('.briefing-download').click();
      const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Briefing;
      expect(saved.slides[0]!.view).toMatchObject({ select: '40', stat: 'outreach_sessions', period: Y2021 });
      expect(problems).toEqual([]);
    });
  });

  it('a period the statistic has no figures for is named in the notice and all periods are shown; a new statistic keeps the period only if it has it', async () => {
    const { page } = await app.open(`?stat=patrols&period=${Y2021}`);
    await mapReady(page);
    expect(await page.locator('.url-notice').textContent()).toContain(`period=${Y2021} (thống kê đã chọn không có số liệu kỳ này; hiện mọi kỳ)`);
    expect(await page.locator('#period-picker').inputValue()).toBe('');
    await page.locator('#stat-picker').selectOption('outreach_sessions');
    await page.locator('#period-picker').selectOption(H1_2024);
    await expect.poll(() => param(page, 'period')).toBe(H1_2024);
    await page.locator('#stat-picker').selectOption('outreach_audience');
    await expect.poll(() => param(page, 'stat')).toBe('outreach_audience');
    expect(param(page, 'period')).toBe(H1_2024);
    await page.locator('#stat-picker').selectOption('borderKmEst');
    await expect.poll(() => param(page, 'period')).toBeNull();
    expect(await page.locator('#period-picker').isDisabled()).toBe(true);
  });

  it('the embedded map takes the period from the host page, as the other keys', async () => {
    const { page } = await app.open('?embed=1&controls=1&stat=outreach_sessions');
    await mapReady(page);
    await page.evaluate((p) => window.postMessage({ type: 'border-atlas:set', state: { period: p } }, location.origin), Y2021);
    await expect.poll(() => param(page, 'period')).toBe(Y2021);
    await expect.poll(() => page.locator('.legend-title').textContent()).toContain('Năm 2021');
  });
});
