import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPeriod } from '../../../src/i18n/format.ts';
import { STRINGS } from '../../../src/i18n/strings.ts';
import { t } from '../../../src/i18n/t.ts';

describe('formatNumber(lang, value)', () => {
  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(formatNumber('vi', 37732)).toBe('37.732');
    expect(formatNumber('en', 37732)).toBe('37,732');
  });

  it('writes decimals with a comma in Vietnamese and a dot in English, as published', () => {
    expect(formatNumber('vi', 0.128)).toBe('0,128');
    expect(formatNumber('en', 265.165)).toBe('265.165');
    expect(formatNumber('vi', 5.7, 1)).toBe('5,7');
  });
});

describe('formatPeriod(lang, start, end)', () => {
  it('names half-years and years as people say them', () => {
    expect(formatPeriod('vi', '2024-01-01', '2024-06-30')).toBe('6 tháng đầu năm 2024');
    expect(formatPeriod('en', '2024-01-01', '2024-06-30')).toBe('H1 2024');
    expect(formatPeriod('vi', '2021-01-01', '2021-12-31')).toBe('Năm 2021');
    expect(formatPeriod('en', '2024-07-01', '2024-12-31')).toBe('H2 2024');
    expect(formatPeriod('en', '2024-02-01', '2024-02-29')).toBe('Feb 2024');
  });

  it('writes any other span as two dates', () => {
    expect(formatPeriod('vi', '2019-01-01', '2024-02-28')).toBe('01/01/2019 – 28/02/2024');
    expect(formatPeriod('en', '2019-01-01', '2024-02-28')).toBe('1 Jan 2019 – 28 Feb 2024');
  });

  it('leaves a date it cannot read as it is', () => {
    expect(formatDate('en', '2024-13')).toBe('2024-13');
  });
});

describe('t(lang, key)', () => {
  it('has every key in both languages, none left empty', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.vi).sort());
    for (const lang of ['vi', 'en'] as const) for (const v of Object.values(STRINGS[lang])) expect(v.trim()).not.toBe('');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'chartLabel', { metric: 'Patrols', period: 'H1 2024', items: 'Lai Châu 224' })).toBe('Patrols, H1 2024: Lai Châu 224');
    expect(t('en', 'chartLabel', { metric: 'Patrols' })).toBe('Patrols, {period}: {items}');
  });
});
