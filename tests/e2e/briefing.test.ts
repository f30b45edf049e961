import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/briefing/Briefing.ts';
import { useBuiltApp } from './helpers/app.ts';
import { goTo, mapReady } from './helpers/browser.ts';

const app = useBuiltApp();
const [story] = JSON.parse(readFileSync('data/demo/briefings.json', 'utf8')) as Briefing[];
const slides = story!.slides;

// A presentation is reached by its link the way Back and Forward reach one (the app reads the whole link again): the
// projected window's tests share one page, each setting the window size it is about and going to its slide's link, as a
// page load at that size and link would leave it. A load costs seconds of software WebGL; a resize, one redraw.
describe.sequential('presenting', () => {
  const shared = app.shared('?present=demo-story&slide=1', { width: 1600, height: 900 });
  async function presentAt(slide: number, viewport: { width: number; height: number }) {
    const opened = shared();
    await opened.page.setViewportSize(viewport);
    await goTo(opened.page, `?present=demo-story&slide=${slide}`);
    return opened;
  }

  it('while presenting, the keys move through the slides and the URL follows; Esc leaves', async () => {
    const { page, problems } = await presentAt(1, { width: 1600, height: 900 });
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
    // Notes are the presenter's: never on the projected slide.
    expect(await page.locator('.present-overlay').textContent()).not.toContain(slides[2]!.notes);
    await page.evaluate(() => window.borderAtlas?.idle());
    await page.screenshot({ path: 'test-results/present-projector.png' });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.present-overlay').isHidden()).toBe(true);
    expect(page.url()).not.toContain('present=');
    expect(await page.locator('.layout-header').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('a presented slide is a designed layout: title, key figures with their sources, one source line; no area panel, editing UI or notes, nothing over the scale bar or credits', async () => {
    const { page, problems } = await presentAt(3, { width: 1920, height: 1080 });
    await expect.poll(() => page.locator('.present-title').textContent()).toBe(slides[2]!.title);
    // Slide 3 shows Lai Châu coloured by patrols: its patrols lead, with their period and source number.
    const figures = page.locator('.present-figure');
    expect(await figures.count()).toBe(3);
    expect(await figures.first().locator('.present-figure-value').textContent()).toBe('224 buổi');
    expect(await figures.first().locator('.present-figure-label').textContent()).toBe('Buổi tuần tra');
    expect(await figures.first().locator('.present-figure-when').textContent()).toBe('6 tháng đầu năm 2024 [1]');
    expect(await page.locator('.present-source').textContent()).toMatch(/^Nguồn: \[1\] .+ · \[2\] .+/);
    // The slide's area is selected, but its panel and every editing control stay off the slide.
    expect(new URL(page.url()).searchParams.get('select')).toBe('12');
    for (const hidden of ['aside.panel', '.layout-side', '.layout-header', '.layout-controls', '.maplibregl-ctrl-zoom-in', '.briefing-panel', '.present-notes']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    // No focus moved to a heading on the way (no ring drawn round one).
    expect(await page.evaluate(() => document.activeElement?.matches('h1, h2, h3') ?? false)).toBe(false);
    const box = async (selector: string) => (await page.locator(selector).boundingBox())!;
    const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    for (const mine of ['.present-slide', '.present-counter', '.present-help']) {
      for (const theirs of ['.maplibregl-ctrl-scale', '.maplibregl-ctrl-attrib', '.layout-legend']) {
        expect(overlaps(await box(mine), await box(theirs)), `${mine} over ${theirs}`).toBe(false);
      }
    }
    await page.evaluate(() => window.borderAtlas?.idle());
    await page.screenshot({ path: 'test-results/present-slide-1920x1080.png' });
    expect(problems).toEqual([]);
  });

  it('the presenter window shows the current and next slide as pictures, the notes and the clock, and keeps in step with the projected window both ways', async () => {
    const { page, problems } = await presentAt(1, { width: 1280, height: 800 });
    const presenter = await page.context().newPage();
    await presenter.setViewportSize({ width: 1280, height: 800 });
    await presenter.goto(page.url().replace('slide=1', 'slide=1&presenter=1'));
    await mapReady(presenter);
    const notes = presenter.locator('.presenter-notes');
    await expect.poll(() => notes.textContent()).toBe(slides[0]!.notes);
    expect(await presenter.locator('.presenter-next-title').textContent()).toBe(slides[1]!.title);
    expect(await presenter.locator('.presenter-time').textContent()).toMatch(/^Bây giờ \d{2}:\d{2}$/);
    expect(await presenter.locator('.presenter-clock').textContent()).toMatch(/^Đã trình bày \d+:\d{2}$/);
    // Both pictures are drawn (each by a map of its own, one after the other) and named for their slides.
    for (const [which, n] of [['current', 1], ['next', 2]] as const) {
      const picture = presenter.locator(`.presenter-picture.is-${which}`);
      await expect.poll(() => picture.getAttribute('src'), { timeout: 120_000 }).toMatch(/^blob:/);
      expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(960);
      expect(await picture.getAttribute('alt')).toBe(`Hình trang ${n}: ${slides[n - 1]!.title}`);
    }
    // The projected window moves: the presenter follows.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => notes.textContent()).toBe(slides[1]!.notes);
    expect(new URL(presenter.url()).searchParams.get('slide')).toBe('2');
    // The presenter moves: the projected window follows.
    await presenter.getByRole('button', { name: 'Trang sau →' }).click();
    await expect.poll(() => page.locator('.present-title').textContent()).toBe(slides[2]!.title);
    expect(new URL(page.url()).searchParams.get('slide')).toBe('3');
    await presenter.screenshot({ path: 'test-results/presenter-window.png' });
    await presenter.close();
    expect(problems).toEqual([]);
  }, 300_000);
});

// The editor's tests share one page at the usual desktop size; each goes to its link, and the first closes the editor
// it opened. Both edit the briefings this browser keeps, so they stay off the presenting page, which shows the demo's.
describe.sequential('the briefing editor', () => {
  const shared = app.shared();

  it('in the editor, a deleted slide comes back in its place with Undo, and Alt + arrows move a slide keeping focus on it; each slide shows a picture', async () => {
    const { page, problems } = shared();
    await goTo(page, '');
    await page.getByRole('button', { name: 'Trình chiếu…' }).click();
    const titles = page.locator('.briefing-slide .slide-title');
    await expect.poll(() => titles.count()).toBe(slides.length);
    const values = () => titles.evaluateAll((es) => es.map((e) => (e as HTMLTextAreaElement).value));
    expect(await values()).toEqual(slides.map((s) => s.title));
    await page.locator('.briefing-slide').nth(1).getByRole('button', { name: 'Xoá' }).click();
    await expect.poll(() => titles.count()).toBe(slides.length - 1);
    expect(await page.locator('.briefing-undo').textContent()).toContain(slides[1]!.title);
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(values).toEqual(slides.map((s) => s.title));
    expect(await page.locator('.briefing-undo').count()).toBe(0);
    // Keyboard: slide 3 up one place, then down two; focus rides along on its title.
    await titles.nth(2).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await values())[1]).toBe(slides[2]!.title);
    expect(await page.evaluate(() => document.activeElement?.closest('.briefing-slide')?.getAttribute('data-index'))).toBe('1');
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await values())[3]).toBe(slides[2]!.title);
    expect(await page.evaluate(() => document.activeElement?.closest('.briefing-slide')?.getAttribute('data-index'))).toBe('3');
    expect(await values()).toEqual([slides[0], slides[1], slides[3], slides[2], ...slides.slice(4)].map((s) => s!.title));
    // The saved briefing follows the new order.
    const saved = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('border-atlas:briefings:') && !k.includes(':backup'))?.[1] ?? '[]');
    expect((JSON.parse(saved) as Briefing[])[0]!.slides.map((s) => s.title)[3]).toBe(slides[2]!.title);
    // Pictures are drawn one after another by a second map: the first arrives as a PNG.
    await page.waitForSelector('.briefing-slide .slide-thumb[src^="blob:"]', { timeout: 120_000 });
    await page.screenshot({ path: 'test-results/briefing-editor.png' });
    await page.keyboard.press('Escape');
    await page.waitForSelector('.briefing-panel[hidden]', { state: 'attached' });
    expect(problems).toEqual([]);
  }, 180_000);

  it('a view added as a slide keeps its state; slides are edited, reordered and deleted, kept over a reload, and download as JSON', async () => {
    const { page, problems } = shared();
    await goTo(page, '?select=40');
    await page.getByRole('button', { name: 'Trình chiếu…' }).click();
    await page.getByRole('button', { name: 'Bài mới' }).click();
    await page.getByRole('button', { name: /Thêm khung nhìn này/ }).click();
    const titles = page.locator('.briefing-slide .slide-title');
    expect(await titles.first().inputValue()).toBe('Nghệ An');
    await titles.first().fill('Nghệ An: toàn cảnh');
    await titles.first().press('Tab');
    await page.locator('.briefing-slide .slide-notes').first().fill('Ghi chú thử');
    await page.locator('.briefing-slide .slide-notes').first().press('Tab');
    // A second view, reached in the page: Lai Châu, coloured by patrols.
    await page.locator('.search-input').fill('Lai Châu');
    await page.locator('.search-input').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('select')).toBe('12');
    await page.locator('#stat-picker').selectOption('patrols');
    await expect.poll(() => new URL(page.url()).searchParams.get('stat')).toBe('patrols');
    // The editor stayed open on the new briefing.
    expect(await page.locator('.briefing-pick option:checked').textContent()).toBe('Bài trình chiếu mới');
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
