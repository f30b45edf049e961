import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_STRINGS, type PhraseKey } from '../../../src/i18n/problemStrings.ts';
import { renderPhrase, type Phrase, type PhraseParam } from '../../../src/validate/Phrase.ts';
import { describeProblem, type Problem } from '../../../src/validate/Problem.ts';
import { validateFiles } from '../../../src/validate/validateFiles.ts';
import { demoContext } from './demoContext.ts';

const KEYS = Object.keys(PROBLEM_STRINGS.en) as PhraseKey[];
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Words a Vietnamese reader should never meet in a Vietnamese message. */
const ENGLISH = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'at', 'is', 'for', 'which', 'no', 'none', 'expected', 'found', 'text', 'number', 'nothing', 'feature', 'features', 'property', 'must', 'should', 'not', 'one', 'with', 'value', 'values', 'file', 'position', 'positions', 'ring', 'line', 'array', 'record', 'records', 'empty', 'missing', 'invalid', 'unexpected']);
/** English words in a text, leaving out what stands in quotes: names from the data format ("features", "type"), said as written. */
const englishWords = (s: string) => s.replace(/"[^"]*"/g, ' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => ENGLISH.has(w));

/** The phrase with every value from the file replaced by a stand-in, so only our own words are left. */
function withoutData(p: Phrase): Phrase {
  const strip = (v: PhraseParam): PhraseParam => {
    if (typeof v === 'string' || typeof v === 'number') return 7;
    if (!Array.isArray(v)) return withoutData(v as Phrase);
    const list = v as readonly (string | Phrase)[];
    return typeof list[0] === 'string' ? list.map(() => '7') : (list as readonly Phrase[]).map(withoutData);
  };
  return { key: p.key, params: Object.fromEntries(Object.entries(p.params ?? {}).map(([k, v]) => [k, strip(v)])) };
}

let corpus: Problem[];
beforeAll(async () => {
  const ctx = await demoContext();
  const dir = 'tests/fixtures/in/bad';
  corpus = readdirSync(dir).sort().flatMap((name) => validateFiles([{ name, bytes: readFileSync(`${dir}/${name}`) }], ctx)[0]!.problems);
});

describe('the problem phrase table', () => {
  it('every problem phrase has a Vietnamese and an English text with the same placeholders', () => {
    expect(Object.keys(PROBLEM_STRINGS.vi).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) {
      expect(PROBLEM_STRINGS.vi[key].trim(), key).not.toBe('');
      expect(PROBLEM_STRINGS.en[key].trim(), key).not.toBe('');
      expect(placeholders(PROBLEM_STRINGS.vi[key]), key).toEqual(placeholders(PROBLEM_STRINGS.en[key]));
    }
  });

  it('every phrase, rendered in Vietnamese with sample values, has no English word in it', () => {
    for (const key of KEYS) {
      const params = Object.fromEntries(placeholders(PROBLEM_STRINGS.vi[key]).map((name) => [name!, 7]));
      const text = renderPhrase({ key, params }, 'vi');
      expect(englishWords(text), `${key}: ${text}`).toEqual([]);
    }
  });

  it('a problem found in a file renders with no English word in Vietnamese', () => {
    expect(corpus.length).toBeGreaterThan(40);
    for (const p of corpus) {
      const sentence = describeProblem({ ...p, file: 'tệp', property: null, id: null, expected: withoutData(p.expected), found: withoutData(p.found) }, 'vi');
      expect(englishWords(sentence), `${p.code}: ${sentence}`).toEqual([]);
    }
  });

  it('the sample check would catch an English message: it flags the old wording', () => {
    expect(englishWords('expected a number or null, found the text "12 km"')).toEqual(['expected', 'a', 'number', 'or', 'found', 'the', 'text']);
  });
});

describe('renderPhrase(phrase, lang) and describeProblem(problem, lang)', () => {
  const problem: Problem = {
    file: 'stations.geojson', index: 3, item: 'feature', id: 's1', property: 'properties.kind', severity: 'error', code: 'bad-value', bbox: null,
    expected: { key: 'expected.oneOf', params: { values: ['"station"', '"post"', '"gate"'] } },
    found: { key: 'found.text', params: { text: '"fort"' } },
  };

  it('says a problem as one sentence in either language, values from the file as published', () => {
    expect(describeProblem(problem, 'en')).toBe('stations.geojson, feature 3 (id "s1"), properties.kind: expected one of "station", "post" or "gate", found the text "fort".');
    expect(describeProblem(problem, 'vi')).toBe('stations.geojson, đối tượng 3 (mã "s1"), properties.kind: cần một trong các giá trị "station", "post" hoặc "gate"; thực tế: văn bản "fort".');
  });

  it('says nested phrases in the same language, and several in a row separated by semicolons', () => {
    const what: Phrase = { key: 'expected.orNull', params: { what: { key: 'expected.number' } } };
    expect(renderPhrase(what, 'vi')).toBe('một số hoặc null');
    const several: Phrase = { key: 'found.all', params: { items: [{ key: 'gjv.member', params: { name: 'properties' } }, { key: 'gjv.bboxOdd' }] } };
    expect(renderPhrase(several, 'en')).toBe('no member named "properties"; a "bbox" with an odd number of values');
  });

  it('leaves braces in a value from the file as they are', () => {
    expect(renderPhrase({ key: 'found.text', params: { text: '"{found}"' } }, 'en')).toBe('the text "{found}"');
  });
});
