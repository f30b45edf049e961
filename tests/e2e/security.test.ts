import { describe, expect, it } from 'vitest';
import { useBuiltApp } from './helpers/app.ts';
import { mapReady } from './helpers/browser.ts';

const app = useBuiltApp();

describe('the built app\'s Content-Security-Policy', () => {
  it('refuses inline script, so markup that slipped into the page could not run', async () => {
    const { page } = await app.open();
    await mapReady(page);
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
