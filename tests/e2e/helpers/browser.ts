import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless. The flags keep it from calling out to a
 * network this machine does not have, and from starting its own omnibox
 * popup (a WebUI page in a renderer of its own) with every new context:
 * 1.1 s of CPU each time, taken from the page under test on 2 cores.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium", or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[];
}

/** A fresh page at a fixed viewport and time zone, recording every error it meets. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
  before: (page: Page) => Promise<void> = async () => {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, timezoneId: 'UTC', locale: 'vi-VN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    // Headless Chromium now and then reports a fetch whose body the page read
    // to the end as ERR_ABORTED (seen on dataset files that loaded and drew);
    // a file that really failed shows up as an HTTP status or a load error on screen.
    if (why !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${why}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  await before(page);
  await page.goto(url);
  return { page, problems };
}

/** Waits for the app to say the map has drawn every layer. */
export async function mapReady(page: Page): Promise<void> {
  await page.waitForSelector('#app[data-map-ready]', { timeout: 45_000 });
}

/**
 * Takes the open app to another link the way the browser's Back and Forward
 * do: the address changes and the app reads all of it again, without loading
 * the page anew (a fresh load costs seconds of software WebGL). Resolves
 * when the map has drawn the new state. `query` is the part after the path,
 * e.g. "?select=12&lang=en" or "" for the default view.
 */
export async function goTo(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    history.pushState(null, '', `${location.pathname}${q}`);
    dispatchEvent(new PopStateEvent('popstate'));
  }, query);
  await page.evaluate(() => window.borderAtlas?.idle());
}
