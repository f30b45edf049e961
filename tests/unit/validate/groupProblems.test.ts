import { describe, expect, it } from 'vitest';
import { groupProblems } from '../../../src/validate/groupProblems.ts';
import { describeGroup, formatReport } from '../../../src/validate/formatReport.ts';
import { phrase } from '../../../src/validate/Phrase.ts';
import type { Problem } from '../../../src/validate/Problem.ts';

const missing = (index: number): Problem => ({
  file: 'x.geojson', index, item: 'feature', id: null, property: 'properties.id', expected: phrase('expected.text'), found: phrase('found.nothing'),
  severity: 'error', code: 'missing-property', bbox: [index, 0, index + 1, 1],
});
const wrongType = (index: number, value: number): Problem => ({
  ...missing(index), id: `c${index}`, severity: 'warning', code: 'wrong-type', expected: phrase('expected.idAsText'), found: phrase('found.numberReadAs', { value, id: String(value).padStart(5, '0') }),
});
const fileLevel = (): Problem => ({ ...missing(0), index: null, code: 'property-mapped', severity: 'warning', property: 'properties.name' });

describe('groupProblems(problems)', () => {
  it('makes one group of a problem repeated over features, keeping the file’s order, and leaves a single problem single', () => {
    const other = { ...missing(7), property: 'properties.name' };
    const groups = groupProblems([missing(0), other, missing(1), missing(2)]);
    expect(groups.map((g) => g.problems.map((p) => `${p.index} ${p.property}`))).toEqual([
      ['0 properties.id', '1 properties.id', '2 properties.id'],
      ['7 properties.name'],
    ]);
    expect(groups[0]!.sameFound).toBe(true);
  });

  it('groups found texts that differ only by the value, and says so', () => {
    const [g] = groupProblems([wrongType(0, 3502), wrongType(1, 3448)]);
    expect(g!.problems).toHaveLength(2);
    expect(g!.sameFound).toBe(false);
  });

  it('keeps apart what differs in severity, code, property, expected or the kind of found', () => {
    const base = missing(0);
    const variants: Problem[] = [
      { ...missing(1), severity: 'warning' },
      { ...missing(2), code: 'wrong-type' },
      { ...missing(3), property: 'properties.name' },
      { ...missing(4), expected: phrase('expected.number') },
      { ...missing(5), found: phrase('found.null') },
    ];
    expect(groupProblems([base, ...variants])).toHaveLength(6);
  });

  it('never groups problems of the file as a whole', () => {
    expect(groupProblems([fileLevel(), fileLevel()])).toHaveLength(2);
  });
});

describe('the CLI text report', () => {
  it('says a repeated problem once, with how many features and which', () => {
    const problems = Array.from({ length: 12 }, (_, i) => missing(i));
    const [g] = groupProblems(problems);
    expect(describeGroup(g!, 'en')).toBe('x.geojson, 12 features (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, …), properties.id: expected text, found nothing.');
    expect(describeGroup(groupProblems([wrongType(0, 3502), wrongType(1, 3448)])[0]!, 'vi')).toBe('x.geojson, 2 đối tượng (thứ tự 0, 1), properties.id: cần mã viết dạng văn bản; thực tế: khác nhau ở từng mục, như số 3502, được đọc thành "03502".');
    const text = formatReport([{ file: 'x.geojson', layer: 'communes', detected: 'communes', total: 12, valid: [], ids: new Set(), problems }]);
    expect(text.split('\n')).toEqual([
      'x.geojson as communes: 0 of 12 features load; 12 error(s), 0 warning(s)',
      '  error   x.geojson, 12 features (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, …), properties.id: expected text, found nothing. [missing-property]',
      '1 file(s): 12 error(s), 0 warning(s)',
    ]);
  });
});
