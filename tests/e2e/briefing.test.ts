import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/briefing/Briefing.ts';
import { useBuiltApp } from './helpers/app.ts';
import { mapReady } from './helpers/browser.ts';

const app = useBuiltApp();
const [story] = JSON.parse(readFileSync('data/demo/briefings.json', 'utf8')) as Briefing[];
const slides = story!.slides;

describe('briefings', () => {
  it('while presenting, the keys move through the slides and the URL follows; Esc leaves', async () => {
    const { page, problems } = await app.open('?present=demo-story&slide=1', { width: 1600, height: 900 });
    await mapReady(page);
    const title = page.locator('.present-title');
    await expect.poll(() => title.textContent()).toBe(slides[0]!.title);
    expect(await page.locator('.layout-header').isHidden()).toBe(true);
    const steps: [string, number][] = [['ArrowRight', 2], [' ', 3], ['PageDown', 4], ['ArrowLeft', 3], ['PageUp', 2], ['End', slides.length], ['Home', 1]];
    for (const [key, n] of steps) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await expect.poll(() => title.textContent()).toBe(slides[n - 1]!.title);
      await expect.poll(() => new URL(page.url()).searchParams.get('slide')).toBe(String(n));
      expect(await page.locator('.present-counter').textContent()).toBe(`${n} / ${slides.length}`);
    }
    // The slide's view comes with it: slide 3 colours communes by patrols with Lai Châu open.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => new URL(page.url()).searchParams.get('stat')).toBe(slides[2]!.view.stat);
    expect(new URL(page.url()).searchParams.get('select')).toBe(slides[2]!.view.select);
    await page.keyboard.press('n');
    expect(await page.locator('.present-notes').textContent()).toBe(slides[2]!.notes);
    await page.evaluate(() => window.borderAtlas?.idle());
    await page.screenshot({ path: 'test-results/present-projector.png' });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.present-overlay').isHidden()).toBe(true);
    expect(page.url()).not.toContain('present=');
    expect(await page.locator('.layout-header').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('a view added as a slide keeps its state; slides are edited, reordered and deleted, kept over a reload, and download as JSON', async () => {
    const { page, problems } = await app.open('?select=40');
    await mapReady(page);
    await page.getByRole('button', { name: 'Trình chiếu…' }).click();
    await page.getByRole('button', { name: 'Bài mới' }).click();
    await page.getByRole('button', { name: /Thêm khung nhìn này/ }).click();
    const titles = page.locator('.briefing-slide .slide-title');
    expect(await titles.first().inputValue()).toBe('Nghệ An');
    await titles.first().fill('Nghệ An: toàn cảnh');
    await titles.first().press('Tab');
    await page.locator('.briefing-slide .slide-notes').first().fill('Ghi chú thử');
    await page.locator('.briefing-slide .slide-notes').first().press('Tab');
    // A second view: Lai Châu, coloured by patrols.
    await page.goto(page.url().replace('select=40', 'select=12&stat=patrols'));
    await mapReady(page);
    await page.getByRole('button', { name: 'Trình chiếu…' }).click();
    await page.locator('.briefing-pick').selectOption({ label: 'Bài trình chiếu mới' });
    await page.getByRole('button', { name: /Thêm khung nhìn này/ }).click();
    await expect.poll(() => titles.count()).toBe(2);
    await page.locator('.briefing-slide').nth(1).getByRole('button', { name: 'Lên' }).click();
    await expect.poll(() => titles.first().inputValue()).toBe('Lai Châu');
    const download = page.waitForEvent('download');
    await page.locator('.briefing-download').click();
    const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Briefing;
    expect(saved.slides.map((s) => [s.title, s.view.select, s.view.stat])).toEqual([['Lai Châu', '12', 'patrols'], ['Nghệ An: toàn cảnh', '40', 'borderKmEst']]);
    expect(saved.slides[1]!.notes).toBe('Ghi chú thử');
    await page.locator('.briefing-slide').nth(0).getByRole('button', { name: 'Xoá' }).click();
    await expect.poll(() => titles.count()).toBe(1);
    await page.reload();
    await mapReady(page);
    await page.getByRole('button', { name: 'Trình chiếu…' }).click();
    await page.locator('.briefing-pick').selectOption({ label: 'Bài trình chiếu mới' });
    expect(await titles.count()).toBe(1);
    expect(await titles.first().inputValue()).toBe('Nghệ An: toàn cảnh');
    expect(problems).toEqual([]);
  });
});

describe('the presenter window', () => {
  it('shows the notes and the next slide, and keeps in step with the projected window both ways', async () => {
    const { page, problems } = await app.open('?present=demo-story&slide=1');
    await mapReady(page);
    const presenter = await page.context().newPage();
    await presenter.goto(page.url().replace('slide=1', 'slide=1&presenter=1'));
    await mapReady(presenter);
    const notes = presenter.locator('.presenter-notes');
    await expect.poll(() => notes.textContent()).toBe(slides[0]!.notes);
    expect(await presenter.locator('.presenter-next-title').textContent()).toBe(slides[1]!.title);
    // The projected window moves: the presenter follows.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => notes.textContent()).toBe(slides[1]!.notes);
    expect(new URL(presenter.url()).searchParams.get('slide')).toBe('2');
    // The presenter moves: the projected window follows.
    await presenter.getByRole('button', { name: 'Trang sau →' }).click();
    await expect.poll(() => page.locator('.present-title').textContent()).toBe(slides[2]!.title);
    expect(new URL(page.url()).searchParams.get('slide')).toBe('3');
    await presenter.screenshot({ path: 'test-results/presenter-window.png' });
    expect(problems).toEqual([]);
  });
});
