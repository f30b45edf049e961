import { describe, expect, it } from 'vitest';
import type { Response } from 'playwright-core';
import { useBuiltApp } from './helpers/app.ts';
import { goTo } from './helpers/browser.ts';

const app = useBuiltApp();

// The three tests share one page, loaded once (a load costs seconds of software WebGL); the response that brought
// the page is kept for the test of the header. The inline script refused comes last: the console reports the refusal
// as an error, which the others' "no problems" checks would count.
describe.sequential('the built app\'s Content-Security-Policy', () => {
  let documentResponse: Response | undefined;
  const shared = app.shared('', undefined, async (page) => {
    page.on('response', (r) => { if (r.request().isNavigationRequest() && r.frame() === page.mainFrame()) documentResponse = r; });
  });

  it('holds as an HTTP header too, which reaches the validation worker: a CSV table is read and checked under it', async () => {
    const { page, problems } = shared();
    await goTo(page, '');
    expect(documentResponse?.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(documentResponse?.headers()['content-security-policy']).toContain('frame-ancestors');
    const workerHeaders: string[] = [];
    const onResponse = (r: Response) => { if (/worker.*\.js$/.test(new URL(r.url()).pathname)) workerHeaders.push(r.headers()['content-security-policy'] ?? ''); };
    page.on('response', onResponse);
    await page.setInputFiles('#import-files', ['tests/fixtures/in/bad/activity-negative-value.csv']);
    const section = page.locator('.report-file[data-file-name="activity-negative-value.csv"]');
    await section.waitFor();
    expect(await section.locator('.report-summary').textContent()).toBe('Đã nạp 1/2 · 1 lỗi · 0 cảnh báo');
    expect(workerHeaders.length).toBeGreaterThan(0);
    expect(workerHeaders.every((h) => h.includes("script-src 'self'"))).toBe(true);
    page.off('response', onResponse);
    expect(problems).toEqual([]);
  });

  it('a briefing file with a camera off the globe is refused, saying where and why in the reader\'s language, and again after a switch', async () => {
    const { page, problems } = shared();
    await goTo(page, '');
    const hostile = { id: 'spoof', title: 'Chính thức', slides: [{ title: 's', notes: '', view: { camera: { center: [500, 500], zoom: 8, bearing: 0, pitch: 0 }, layers: [], select: null, stat: 'borderKmEst', coverage: false, radius: 10, units: 'pre2025' } }] };
    await page.getByRole('button', { name: 'Trình chiếu…' }).click();
    await page.setInputFiles('.briefing-file', [{ name: 'spoof.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) }]);
    const message = page.locator('p.error-message[role=alert]');
    await expect.poll(() => message.textContent()).toBe('spoof.json, trang 1, view.camera.center: cần [kinh độ, vĩ độ], kinh độ trong khoảng ±180, vĩ độ trong khoảng ±85.06; thực tế: [500,500].');
    await page.click('button[data-lang="en"]');
    await expect.poll(() => message.textContent()).toBe('spoof.json, slide 1, view.camera.center: expected [longitude, latitude], longitude within ±180, latitude within ±85.06, found [500,500].');
    await page.setInputFiles('.briefing-file', [{ name: 'text.json', mimeType: 'application/json', buffer: Buffer.from('not a briefing') }]);
    await expect.poll(() => message.textContent()).toMatch(/^text\.json: expected JSON text, found text that is not JSON/);
    expect(await page.locator('.briefing-pick option').allTextContents()).not.toContain('Chính thức');
    expect(problems).toEqual([]);
  });

  it('refuses inline script, so markup that slipped into the page could not run', async () => {
    const { page } = shared();
    await goTo(page, '');
    const outcome = await page.evaluate(() => {
      const violation = new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true });
      });
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      // An allowed inline script runs during append, so the flag is already set if the policy let it through.
      document.head.append(script);
      const ran = (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan === true;
      return violation.then((directive) => ({ ran, directive }));
    });
    expect(outcome).toEqual({ ran: false, directive: 'script-src-elem' });
  });
});
