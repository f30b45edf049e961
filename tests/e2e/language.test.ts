import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './helpers/app.ts';
import { goTo } from './helpers/browser.ts';

const app = useBuiltApp();
const AUDIENCE = 'aside.panel [data-metric="outreach_audience"][data-period="2024-01-01/2024-06-30"] .value';

// Both tests start from the same link, on one page loaded once with it: the second goes to it again with goTo, as
// Back and Forward would, before it switches.
describe.sequential('language', () => {
  const shared = app.shared('?select=12&lang=en');

  it('lang=en switches the UI text to English and shows 37,732', async () => {
    const { page, problems } = shared();
    await goTo(page, '?select=12&lang=en');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('label:has(input[data-layer="communes"])').textContent()).toContain('Border communes');
    expect(await page.locator('aside.panel .panel-kind').textContent()).toContain('Province');
    expect(await page.textContent(AUDIENCE)).toBe('37,732');
    expect(await page.getAttribute('button[data-lang="en"]', 'aria-pressed')).toBe('true');
    expect(problems).toEqual([]);
  });

  it('the switch goes back to Vietnamese, formats 37.732 and drops lang from the URL', async () => {
    const { page } = shared();
    await goTo(page, '?select=12&lang=en');
    await page.click('button[data-lang="vi"]');
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    expect(await page.textContent(AUDIENCE)).toBe('37.732');
    expect(await page.locator('label:has(input[data-layer="communes"])').textContent()).toContain('Xã biên giới');
    expect(new URL(page.url()).searchParams.get('lang')).toBeNull();
    expect(new URL(page.url()).searchParams.get('select')).toBe('12');
  });
});
