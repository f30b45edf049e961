import { describe, expect, it } from 'vitest';
import { sourceLine, sourceText } from '../../../src/i18n/sourceText.ts';

describe('sourceText(lang, source)', () => {
  it('gives title, outlet and date as published, and says "not recorded" in the reader\'s language for each one missing', () => {
    const report = { id: 'a', kind: 'report' as const, title: null, outlet: 'Báo Tiền Phong', date: '2024-02-28', lang: 'vi' };
    expect(sourceLine('vi', report)).toBe('Bài báo (chưa ghi nhận tiêu đề) — Báo Tiền Phong, 28/02/2024');
    expect(sourceLine('en', report)).toBe('News report (title not recorded) — Báo Tiền Phong, 28 Feb 2024');
    expect(sourceLine('en', { ...report, outlet: null, date: null })).toBe('News report (title not recorded) — outlet not recorded, date not recorded');
  });

  it('marks a published title with its own language, and dates known to the month as such', () => {
    const x = sourceText('en', { id: 'b', kind: 'report', title: 'Cột mốc chủ quyền', outlet: 'Báo Thanh Niên', date: '2017-03', lang: 'vi' });
    expect(x).toMatchObject({ title: 'Cột mốc chủ quyền', titleLang: 'vi', details: 'Báo Thanh Niên, Mar 2017' });
  });

  it('describes the dataset makers\' own tables in the reader\'s language, with no date to miss', () => {
    expect(sourceText('vi', { id: 'g', kind: 'illustrative', title: null, outlet: 'Border Atlas', date: null }).title).toMatch(/^Số liệu minh hoạ/);
    expect(sourceLine('en', { id: 'f', kind: 'file', title: 'ranh-gioi.geojson', outlet: null, date: null })).toBe('ranh-gioi.geojson');
  });
});
