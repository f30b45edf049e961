import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Manifest } from '../../src/data/types.ts';
import { LAYER_KEYS } from '../../src/data/types.ts';
import type { Lang } from '../../src/state/schema.ts';
import { STRINGS } from '../../src/i18n/strings.ts';
import { useBuiltApp } from './helpers/app.ts';
import { goTo } from './helpers/browser.ts';

const app = useBuiltApp();
const demo = (name: string) => JSON.parse(readFileSync(`data/demo/${name}`, 'utf8')) as unknown;
const manifest = demo('manifest.json') as Manifest;

/** Properties whose values are names or citations as published: they stay in their own language on every screen. */
const NAME_KEYS = new Set(['name', 'fullName', 'hostCommuneName', 'hostCommune2025', 'vnVillage', 'vnCommuneName', 'partnerVillage', 'partnerAdmin',
  'district', 'provinceName', 'successor2025', 'successorResolution', 'neighbourRegion', 'neighbourUnits', 'mergedFrom', 'markers', 'nameVi', 'nameEn']);
const names = new Set<string>([
  ...LAYER_KEYS.flatMap((k) => (demo(manifest.layers[k]) as { features: { properties: Record<string, unknown> }[] }).features.flatMap((f) =>
    Object.entries(f.properties).filter(([k2]) => NAME_KEYS.has(k2)).flatMap(([, v]) => (Array.isArray(v) ? v : [v])).filter((v): v is string => typeof v === 'string'))),
  ...manifest.sources.flatMap((s) => [s.title, s.outlet, s.licence].filter((v): v is string => typeof v === 'string')),
  ...manifest.attribution,
  ...(demo('briefings.json') as { title: string; slides: { title: string; notes: string }[] }[]).flatMap((b) => [b.title, ...b.slides.flatMap((s) => [s.title, s.notes])]),
  'Border Atlas',
]);
const byLength = [...names].filter((n) => n.length > 1).sort((a, b) => b.length - a.length);

/** Words that give the other language away, whole words only. */
const COMMON: Record<Lang, RegExp> = {
  en: /(?:^|[\s(,;:])(the|and|of|not|with|from|for|by|published|recorded|schematic|approximate|illustrative|unchanged|others|expected|found|source|sources|border|station|stations|commune|communes)(?=$|[\s),.;:])/i,
  vi: /(?:^|[\s(,;:])(và|của|không|được|các|những|với|trong|chưa|theo|nguồn|xã|huyện|đồn|bản|tỉnh|biên giới|công bố)(?=$|[\s),.;:])/i,
};

/** The other language's strings that are its own: longer than a word or two, not shared with this language, placeholders cut out. */
function otherStrings(lang: Lang): string[] {
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  const mine = new Set(Object.values(STRINGS[lang]));
  return Object.values(STRINGS[other]).filter((s) => !mine.has(s)).flatMap((s) => s.split(/\{\w+\}/)).map((s) => s.trim()).filter((s) => s.length >= 12);
}

/** Visible text on the page, less what is marked as another language (the language switch, a Vietnamese title on the English screen). */
async function visibleText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lang = document.documentElement.lang;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      const text = n.textContent?.trim();
      if (!parent || !text || !parent.checkVisibility()) continue;
      if (parent.closest('script, style')) continue;
      const marked = parent.closest('[lang]')?.getAttribute('lang');
      if (marked && marked !== lang) continue;
      out.push(text);
    }
    return out;
  });
}

function foreignText(texts: string[], lang: Lang): string[] {
  const strings = otherStrings(lang);
  return texts.flatMap((raw) => {
    // Chart labels cut long names short: "Đồn BP cửa khẩu M…" is still a name.
    if (raw.endsWith('…') && byLength.some((n) => n.startsWith(raw.slice(0, -1).trim()))) return [];
    let text = raw;
    for (const n of byLength) text = text.split(n).join(' ');
    const hit = strings.find((s) => text.includes(s)) ?? COMMON[lang === 'vi' ? 'en' : 'vi'].exec(text)?.[1];
    return hit ? [`${JSON.stringify(raw)} (${JSON.stringify(hit)})`] : [];
  });
}

/**
 * Every panel kind, opened the way a user opens it. The screens a link opens
 * come first; the briefing editor is closed again after its check; the report
 * of opened files comes last, in both languages, as its files stay in the dataset.
 */
const SCREENS: { name: string; query: string; open?: (page: Page, lang: Lang) => Promise<void>; close?: (page: Page) => Promise<void> }[] = [
  { name: 'province', query: 'select=12' },
  { name: 'commune', query: 'select=03451' },
  { name: 'station', query: 'select=station-pa-ve-su' },
  { name: 'coastal station', query: 'select=station-quynh-phuong' },
  { name: 'gate', query: 'select=gate-thong-thu' },
  { name: 'twin pair', query: 'select=twin-40-7' },
  { name: 'coverage', query: 'view=coverage&radius=10&select=station-mu-ca' },
  { name: '2025 unit', query: 'units=2025&select=12' },
  {
    name: 'briefing', query: '',
    open: async (page, lang) => {
      await page.getByRole('button', { name: STRINGS[lang].briefing }).click();
      await page.waitForSelector('.briefing-heading');
    },
    close: async (page) => {
      await page.keyboard.press('Escape');
      await page.waitForSelector('.briefing-panel[hidden]', { state: 'attached' });
    },
  },
  {
    name: 'report', query: '',
    // Opened files stay in the dataset: the second language finds them open, and reads the report it has.
    open: async (page) => {
      if (await page.locator('.report-file[data-file-name="not-json.geojson"]').count() === 0) {
        await page.setInputFiles('#import-files', ['tests/fixtures/in/bad/duplicate-id.geojson', 'tests/fixtures/in/bad/activity-negative-value.csv', 'tests/fixtures/in/bad/not-json.geojson']);
      }
      await page.waitForSelector('.report:not([hidden]) .report-title');
    },
  },
];

// One page for both languages, loaded once: each screen is reached the way Back and Forward reach it (the app reads
// the whole link again, the language with it), which is seconds faster than a new page. Every screen but the report
// in one language, then in the other, then the report in both: the files it opens stay in the dataset.
const REPORT = SCREENS.filter((s) => s.name === 'report');
const ORDER = [...(['vi', 'en'] as const).flatMap((lang) => SCREENS.filter((s) => !REPORT.includes(s)).map((screen) => ({ lang, screen }))),
  ...(['vi', 'en'] as const).flatMap((lang) => REPORT.map((screen) => ({ lang, screen })))];

describe.sequential('one language per screen', () => {
  const shared = app.shared('?lang=vi');

  for (const { lang, screen } of ORDER) {
    it(`the ${screen.name} screen in lang=${lang} shows no text of the other language but names and titles as published`, async () => {
      const { page, problems } = shared();
      await goTo(page, `?lang=${lang}${screen.query ? `&${screen.query}` : ''}`);
      // The screen is the one asked for, not the one before it.
      const select = new URLSearchParams(screen.query).get('select');
      if (select) await page.waitForSelector(`aside.panel[data-area-id="${select}"]`);
      if (screen.query.includes('view=coverage')) await page.waitForSelector('.coverage-panel:not([hidden])');
      await screen.open?.(page, lang);
      const texts = await visibleText(page);
      expect(texts.length).toBeGreaterThan(20);
      expect(foreignText(texts, lang)).toEqual([]);
      expect(problems).toEqual([]);
      await screen.close?.(page);
    });
  }
});
