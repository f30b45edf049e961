import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3';
import { safeUrl } from '../../../src/data/safeUrl.ts';
import { spreadsheetSafeRows } from '../../../src/data/spreadsheetSafeRows.ts';
import { attributionHtml } from '../../../src/map/attributionHtml.ts';
import { sourceText } from '../../../src/i18n/sourceText.ts';
import { t } from '../../../src/i18n/t.ts';
import type { StringKey } from '../../../src/i18n/strings.ts';

describe('safeUrl(link from data)', () => {
  it('keeps http, https and mailto links', () => {
    expect(safeUrl('https://baotintuc.vn/a.htm')).toBe('https://baotintuc.vn/a.htm');
    expect(safeUrl('http://example.org/')).toBe('http://example.org/');
    expect(safeUrl('mailto:bientap@example.org')).toBe('mailto:bientap@example.org');
  });

  it('drops javascript: and data: links however they are spelled, and relative links', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '  javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>', 'file:///etc/passwd', '/maps/other', 'not a url']) {
      expect(safeUrl(bad), bad).toBeNull();
    }
    expect(safeUrl(42)).toBeNull();
  });

  it('is what a source’s link becomes on screen', () => {
    expect(sourceText('en', { id: 'x', kind: 'report', title: 'T', outlet: 'O', date: null, url: ' javascript:alert(1)' }).url).toBeUndefined();
  });
});

describe('spreadsheetSafeRows(rows)', () => {
  it('writes cells a spreadsheet would run as a formula as text', () => {
    const csv = spreadsheetSafeRows([['=HYPERLINK("http://evil","x")', '+1+1', '@SUM(A1)', '-2+3', '\tx']]);
    expect(csvParseRows(csv)[0]).toEqual(['\'=HYPERLINK("http://evil","x")', "'+1+1", "'@SUM(A1)", "'-2+3", "'\tx"]);
  });

  it('leaves numbers, negative ones included, and ordinary text as they are', () => {
    expect(csvParseRows(spreadsheetSafeRows([['-3', '+2.5', '1e-3', 'Ka Lăng', 'a=b']]))[0]).toEqual(['-3', '+2.5', '1e-3', 'Ka Lăng', 'a=b']);
  });
});

describe('attributionHtml(lines)', () => {
  it('shows markup from the dataset as text', () => {
    expect(attributionHtml(['<a href="javascript:alert(1)" class="x" target="_top">OSM</a> & co'])).toEqual(['&lt;a href=&quot;javascript:alert(1)&quot; class=&quot;x&quot; target=&quot;_top&quot;&gt;OSM&lt;/a&gt; &amp; co']);
  });

  it('writes [label](link) as a link of its own for allowed schemes only', () => {
    expect(attributionHtml(['© [OpenStreetMap](https://www.openstreetmap.org/copyright) contributors'])).toEqual([
      '© <a href="https://www.openstreetmap.org/copyright" target="_blank" rel="noopener noreferrer">OpenStreetMap</a> contributors',
    ]);
    expect(attributionHtml(['[click](javascript:void%200) here'])).toEqual(['click here']);
  });
});

describe('t(lang, key)', () => {
  it('gives a key the table lacks as the key itself instead of throwing', () => {
    expect(t('vi', 'no.such.key' as StringKey)).toBe('no.such.key');
  });
});

describe('the Content-Security-Policy', () => {
  it('is the same in index.html\'s meta tag as in the header docs/embedding.md tells servers to send', async () => {
    const { readFileSync } = await import('node:fs');
    const { CONTENT_SECURITY_POLICY, securityHeaders } = await import('../../../scripts/serve/securityHeaders.ts');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync('index.html', 'utf8'))?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    const docs = readFileSync('docs/embedding.md', 'utf8');
    expect(docs).toContain(securityHeaders(['https://portal.example.gov.vn'], true)['Content-Security-Policy']);
    expect(docs).toContain(securityHeaders(['https://portal.example.gov.vn'], false)['Content-Security-Policy']);
  });
});
