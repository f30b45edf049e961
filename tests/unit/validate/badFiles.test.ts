import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateFiles } from '../../../src/validate/validateFiles.ts';
import { describeProblem, type ProblemCode } from '../../../src/validate/Problem.ts';
import type { ValidationContext } from '../../../src/validate/ValidationContext.ts';
import { demoContext } from './demoContext.ts';

const dir = 'tests/fixtures/in/bad';

/** Each bad file: the problem it must be reported for, and how many of its features or records still load. */
const CASES: Record<string, { codes: ProblemCode[]; valid: number }> = {
  'not-json.geojson': { codes: ['not-json'], valid: 0 },
  'truncated.geojson': { codes: ['truncated-json'], valid: 0 },
  'empty.geojson': { codes: ['empty-file'], valid: 0 },
  'whitespace-only.geojson': { codes: ['empty-file'], valid: 0 },
  'byte-order-mark.geojson': { codes: ['byte-order-mark'], valid: 2 },
  'legacy-encoding.geojson': { codes: ['not-utf8'], valid: 0 },
  'utf16le-bom.geojson': { codes: ['utf-16'], valid: 2 },
  'utf16be-no-bom.geojson': { codes: ['utf-16'], valid: 2 },
  'no-features.geojson': { codes: ['no-features'], valid: 0 },
  'features-not-array.geojson': { codes: ['not-feature-collection'], valid: 0 },
  'unknown-content.json': { codes: ['unknown-layer'], valid: 0 },
  'null-geometry.geojson': { codes: ['null-geometry'], valid: 1 },
  'unknown-geometry.geojson': { codes: ['unknown-geometry'], valid: 1 },
  'nested-geometry-collection.geojson': { codes: ['geometry-collection'], valid: 1 },
  'nan-infinity-coordinates.geojson': { codes: ['non-finite-number', 'bad-coordinate'], valid: 1 },
  'string-coordinates.geojson': { codes: ['bad-coordinate'], valid: 1 },
  'swapped-coordinates.geojson': { codes: ['swapped-coordinates'], valid: 1 },
  'out-of-range.geojson': { codes: ['out-of-range'], valid: 1 },
  'ring-not-closed.geojson': { codes: ['ring-not-closed'], valid: 1 },
  'self-intersecting-ring.geojson': { codes: ['self-intersection'], valid: 1 },
  'too-few-positions.geojson': { codes: ['too-few-positions'], valid: 1 },
  'missing-id.geojson': { codes: ['missing-property'], valid: 1 },
  'wrong-type.geojson': { codes: ['wrong-type'], valid: 1 },
  'bad-kind.geojson': { codes: ['bad-value'], valid: 1 },
  'duplicate-id.geojson': { codes: ['duplicate-id'], valid: 1 },
  'unresolved-reference.geojson': { codes: ['unresolved-reference'], valid: 1 },
  'twin-same-side.geojson': { codes: ['twin-same-side'], valid: 1 },
  'markup-in-properties.geojson': { codes: ['markup-in-text'], valid: 2 },
  'wrong-geometry.geojson': { codes: ['wrong-geometry'], valid: 1 },
  'features-not-objects.geojson': { codes: ['not-a-feature'], valid: 1 },
  'missing-properties-member.geojson': { codes: ['missing-property', 'invalid-geojson'], valid: 1 },
  'activity-negative-value.csv': { codes: ['negative-value'], valid: 1 },
  'activity-bad-date.csv': { codes: ['bad-date'], valid: 1 },
  'activity-period-order.csv': { codes: ['period-order'], valid: 1 },
  'activity-mixed-units.csv': { codes: ['mixed-units'], valid: 1 },
  'activity-thousands-separator.csv': { codes: ['wrong-type'], valid: 1 },
  'activity-unknown-area.csv': { codes: ['unresolved-reference'], valid: 1 },
  'activity-missing-column.csv': { codes: ['missing-property'], valid: 0 },
  'activity-not-a-table.csv': { codes: ['not-csv'], valid: 0 },
  'activity-sourced-without-source.json': { codes: ['missing-property'], valid: 1 },
  'activity-value-as-text.json': { codes: ['wrong-type'], valid: 1 },
  'properties-not-object.geojson': { codes: ['properties-not-object', 'missing-property'], valid: 1 },
  'feature-id-object.geojson': { codes: ['feature-id-type'], valid: 1 },
  'bbox-with-text.geojson': { codes: ['bad-bbox'], valid: 1 },
  'foreign-members.geojson': { codes: ['foreign-member'], valid: 2 },
  'hole-crossing-outer-ring.geojson': { codes: ['hole-crossing'], valid: 1 },
  'hole-outside-outer-ring.geojson': { codes: ['hole-crossing'], valid: 1 },
  'id-not-url-safe.geojson': { codes: ['id-not-url-safe'], valid: 1 },
  'far-from-dataset.geojson': { codes: ['far-from-dataset'], valid: 2 },
  'number-overflow.geojson': { codes: ['number-overflow'], valid: 1 },
};

let ctx: ValidationContext;
beforeAll(async () => {
  ctx = await demoContext();
});

describe('a bad file, opened against the demo dataset', () => {
  it('every file of the corpus has a case here, and the corpus holds at least 30', () => {
    const files = readdirSync(dir).sort();
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(files).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, want] of Object.entries(CASES)) {
    it(`${name}: reported as ${want.codes.join(' and ')}, ${want.valid} valid item(s) still load`, () => {
      const [report] = validateFiles([{ name, bytes: readFileSync(`${dir}/${name}`) }], ctx);
      const codes = report!.problems.map((p) => p.code);
      for (const code of want.codes) expect(codes).toContain(code);
      expect(report!.valid).toHaveLength(want.valid);
      // A file that loads nothing must say so with an error, never only warnings.
      if (want.valid === 0) expect(report!.problems.some((p) => p.severity === 'error')).toBe(true);
      for (const p of report!.problems) expect(describeProblem(p, 'en')).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')}`));
    });
  }
});
