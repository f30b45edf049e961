import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './helpers/app.ts';
import { goTo } from './helpers/browser.ts';

const app = useBuiltApp();
const SIN_SUOI_HO = '03592';

/** What has focus, as a selector-like line for failure messages. */
const focused = (page: Page) => page.evaluate(() => {
  const a = document.activeElement;
  return a ? `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}${a.className && typeof a.className === 'string' ? `.${a.className.split(' ').join('.')}` : ''}` : 'nothing';
});
/** Whether focus is on an element matching `selector` (and reading `text`, when given). */
const isFocused = (page: Page, selector: string, text?: string) => page.evaluate(([s, t]) => {
  const a = document.activeElement;
  return (a?.matches(s) ?? false) && (t === undefined || a?.textContent === t);
}, [selector, text] as const);

/** Presses Tab (or Shift+Tab) until `selector` has focus: the way a keyboard user gets there. */
async function tabTo(page: Page, selector: string, back = false, text?: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(page, selector, text)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${selector} ${text ?? ''} not reached in ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}; focus is on ${await focused(page)}`);
}
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

// The tasks share one page, loaded once: each test starts where a fresh load at its window size would leave a keyboard
// user (the link's state, an empty search box, focus before the first control), and closes what it opens.
describe.sequential('the keyboard alone, from the start of the page', () => {
  const shared = app.shared();
  /**
   * The shared page as a fresh load of `query` at `viewport` leaves it: that link's state, nothing typed, the next Tab
   * landing on the first control, and a panel the link opens opened with nothing focused (so it has no opener to give
   * focus back to).
   */
  async function startAt(query: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
    const { page } = shared();
    await page.setViewportSize(viewport);
    await goTo(page, '');
    await page.locator('[role=combobox]').fill('');
    // A click on the header's bare corner leaves focus on the page and Tab's starting point before the first control.
    await page.mouse.click(1, 1);
    if (query) await goTo(page, query);
    expect(await page.evaluate(() => document.activeElement === document.body), `focus is on ${await focused(page)}`).toBe(true);
    return page;
  }

  it("does a planner's task: find a commune without diacritics, open it, switch the statistic and the period, turn coverage on, widen the radius, close everything with Escape, and focus is back where it started", async () => {
    const page = await startAt('', { width: 1440, height: 900 });
    const { problems } = shared();
    await tabTo(page, '[role=combobox]');
    await page.keyboard.type('sin suoi ho');
    await page.waitForSelector('[role=listbox] [role=option]');
    expect(await page.locator('[role=option]').first().textContent()).toContain('Sin Suối Hồ');
    expect(await page.locator('.search-box [role=status]').textContent()).toMatch(/^\d+ kết quả$/);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`aside.panel[data-area-id="${SIN_SUOI_HO}"]`);
    expect(param(page, 'select')).toBe(SIN_SUOI_HO);
    expect(await isFocused(page, 'aside.panel .panel-title')).toBe(true);

    // The statistic: the arrow key changes it, and focus stays on the picker.
    await tabTo(page, '#stat-picker', true);
    const before = await page.locator('#stat-picker').inputValue();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => param(page, 'stat')).not.toBeNull();
    expect(param(page, 'stat')).not.toBe(before);
    expect(await focused(page)).toBe('select#stat-picker');

    // The period, right after the statistic: the arrow key picks the statistic's newest period; the legend and the panel follow it.
    await tabTo(page, '#period-picker');
    expect(await page.locator('#period-picker').inputValue()).toBe('');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => param(page, 'period')).not.toBeNull();
    expect(await focused(page)).toBe('select#period-picker');
    const period = await page.locator('#period-picker option:checked').textContent();
    expect(await page.locator('.legend-title').textContent()).toContain(` — ${period}`);
    const shown = await page.locator('aside.panel .figure').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-period')))]);
    expect(shown).toEqual([param(page, 'period')!.replace('--', '/')]);

    // Coverage on with Space; the switch keeps focus, and the radius follows the arrow keys.
    await tabTo(page, '#coverage-toggle');
    await page.keyboard.press('Space');
    await expect.poll(() => param(page, 'view')).toBe('coverage');
    expect(await focused(page)).toBe('input#coverage-toggle');
    await tabTo(page, '#coverage-radius');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => param(page, 'radius')).toBe('15');
    expect(await page.locator('#coverage-radius-value').textContent()).toContain('15');
    expect(await focused(page)).toBe('input#coverage-radius');

    // A dialog over the panel: Escape closes the latest first, each giving focus back to what opened it.
    await tabTo(page, 'button', false, 'Xuất ảnh…');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.export-panel:not([hidden])');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.export-panel[hidden]', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Xuất ảnh…');
    expect(await page.locator('aside.panel').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('aside.panel[hidden]', { state: 'attached' });
    expect(param(page, 'select')).toBeNull();
    expect(await isFocused(page, '[role=combobox]'), `focus is on ${await focused(page)}`).toBe(true);
    // What was chosen along the way stays.
    expect(param(page, 'view')).toBe('coverage');
    expect(param(page, 'radius')).toBe('15');
    expect(param(page, 'period')).not.toBeNull();
    expect(problems).toEqual([]);
  });

  it('Escape in the search box clears it first; with nothing typed it closes the panel', async () => {
    const page = await startAt('?select=12');
    await tabTo(page, '[role=combobox]');
    await page.keyboard.type('nghe');
    await page.waitForSelector('[role=listbox]:not([hidden])');
    await page.keyboard.press('Escape');
    expect(await page.locator('[role=combobox]').inputValue()).toBe('');
    expect(await page.locator('[role=listbox]').isHidden()).toBe(true);
    expect(await page.locator('aside.panel[data-area-id="12"]').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('aside.panel[hidden]', { state: 'attached' });
  });

  it('the search finds stations too, moves through matches with the arrow keys and says which is chosen', async () => {
    const page = await startAt('');
    await page.locator('[role=combobox]').fill('don bp');
    const options = page.locator('[role=option]');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('[role=combobox]').getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    expect(await options.nth(1).getAttribute('id')).toBe(active);
    const name = (await options.nth(1).locator('.search-option-name').textContent())!;
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('aside.panel .panel-title').textContent()).toBe(name);
    expect(await page.locator('aside.panel .panel-kind').textContent()).toMatch(/Đồn|Trạm|Cửa khẩu/);
  });

  it('opening an area says its name through a short live region, and the panel itself is not live', async () => {
    const page = await startAt('');
    // The line said last on this page (the station opened above) is not the one expected here.
    expect(await page.locator('.announcer').textContent()).not.toBe('Lai Châu');
    await page.locator('[role=combobox]').fill('lai chau');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.announcer').textContent()).toBe('Lai Châu');
    expect(await page.locator('.announcer').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('[aria-live]').evaluateAll((els) => els.filter((e) => e.closest('aside.panel, .coverage-panel, .report')).length)).toBe(0);
  });

  it('Escape closes a panel while focus is on the map, and the map keeps focus', async () => {
    const page = await startAt('?select=12');
    await tabTo(page, '.maplibregl-canvas');
    await page.keyboard.press('Escape');
    await page.waitForSelector('aside.panel[hidden]', { state: 'attached' });
    expect(await isFocused(page, '.maplibregl-canvas')).toBe(true);
    // The ring is drawn inside the map's edges, where nothing clips it.
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('.maplibregl-canvas')!);
      return { style: s.outlineStyle, width: s.outlineWidth, offset: s.outlineOffset };
    });
    expect(outline).toEqual({ style: 'solid', width: '3px', offset: '-3px' });
  });

  it('Share opened from the keyboard closes with Escape and gives focus back to its button', async () => {
    const page = await startAt('');
    const share = page.getByRole('button', { name: 'Chia sẻ…' });
    await share.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.share-panel:not([hidden])');
    // Changing an option redraws the dialog; focus stays on the option.
    await tabTo(page, '.share-panel input[name=panel]');
    await page.keyboard.press('Space');
    expect(await isFocused(page, '.share-panel input[name=panel]')).toBe(true);
    expect(await page.locator('.share-panel input[name=panel]').isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.share-panel[hidden]', { state: 'attached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Chia sẻ…');
  });

  it.each([['Chia sẻ…', '.share-panel'], ['Xuất ảnh…', '.export-panel'], ['Trình chiếu…', '.briefing-panel']])('%s closes with Escape from inside it, and its button gets focus back', async (label, panel) => {
    const page = await startAt('');
    await tabTo(page, 'button', false, label);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${panel}:not([hidden])`);
    await tabTo(page, `${panel} .panel-close`);
    await page.keyboard.press('Escape');
    await page.waitForSelector(`${panel}[hidden]`, { state: 'attached' });
    expect(await isFocused(page, 'button', label)).toBe(true);
  });

  it('a layer switch and the language buttons keep focus after they are used', async () => {
    const page = await startAt('');
    await tabTo(page, 'input[data-layer="markers"]');
    await page.keyboard.press('Space');
    await expect.poll(() => param(page, 'layers')).not.toBeNull();
    expect(await isFocused(page, 'input[data-layer="markers"]')).toBe(true);
    await tabTo(page, 'button[data-lang="en"]', true);
    await page.keyboard.press('Enter');
    await expect.poll(() => param(page, 'lang')).toBe('en');
    expect(await isFocused(page, 'button[data-lang="en"]')).toBe(true);
  });
});
