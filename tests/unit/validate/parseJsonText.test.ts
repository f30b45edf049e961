import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../../src/validate/parseJsonText.ts';
import { renderPhrase } from '../../../src/validate/Phrase.ts';

describe('parseJsonText(file, text)', () => {
  it('reads NaN and Infinity as null with one warning, leaving the same words inside strings alone', () => {
    const r = parseJsonText('a.json', '{"name":"NaN Infinity","c":[NaN,-Infinity,1]}');
    expect(r.value).toEqual({ name: 'NaN Infinity', c: [null, null, 1] });
    expect(r.problems.map((p) => [p.code, p.severity, p.found])).toEqual([['non-finite-number', 'warning', { key: 'found.nonFinite', params: { n: 2 } }]]);
    expect(renderPhrase(r.problems[0]!.found, 'en')).toBe('2 NaN or Infinity value(s), read as null');
  });

  it('says a file cut short is truncated, and names the file', () => {
    const r = parseJsonText('cut.geojson', '{"type":"FeatureCollection","features":[{"type":');
    expect(r.value).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ file: 'cut.geojson', code: 'truncated-json', severity: 'error' });
  });

  it('says on which line and column JSON stops making sense, not in the JavaScript engine\'s English', () => {
    const r = parseJsonText('a.geojson', '{\n  "type": "FeatureCollection",\n  "features": [1 2]\n}');
    expect(r.problems[0]).toMatchObject({ code: 'not-json', found: { key: 'found.notJsonAt', params: { line: 3, column: 18 } } });
    expect(renderPhrase(r.problems[0]!.found, 'vi')).toBe('văn bản không phải JSON ở dòng 3, cột 18');
  });
});
