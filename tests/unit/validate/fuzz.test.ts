import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../heavy.ts';
import { seededRandom } from '../../../scripts/build-data/random.ts';
import { validateFiles, type FileInput } from '../../../src/validate/validateFiles.ts';
import { describeProblem } from '../../../src/validate/Problem.ts';
import type { FileReport } from '../../../src/validate/FileReport.ts';
import type { ValidationContext } from '../../../src/validate/ValidationContext.ts';
import { demoContext } from './demoContext.ts';
import { mutate } from './fuzzMutations.ts';

const SEED = 20260101;
const RUNS = 1000;
const demo = 'data/demo';
const FILES = readdirSync(demo).filter((f) => f.endsWith('.geojson') || f === 'activity.json').sort();

let ctx: ValidationContext;
let parsed: Map<string, unknown>;
beforeAll(async () => {
  ctx = await demoContext();
  parsed = new Map(FILES.map((f) => [f, JSON.parse(readFileSync(`${demo}/${f}`, 'utf8')) as unknown]));
});

/** Every item is either loaded or dropped with an error that names it; no item is both, none is lost. */
function expectAccounted(r: FileReport, name: string): void {
  expect(r.file).toBe(name);
  for (const p of r.problems) expect(describeProblem(p, p.index === null ? 'vi' : 'en')).toContain(name);
  if (r.valid.length === 0) expect(r.problems.some((p) => p.severity === 'error'), `${name}: nothing loads and no error says why`).toBe(true);
  const loaded = r.valid.map((v) => v.index);
  const dropped = new Set(r.problems.filter((p) => p.severity === 'error' && p.index !== null).map((p) => p.index!));
  expect(new Set(loaded).size, `${name}: an item loaded twice`).toBe(loaded.length);
  for (const i of loaded) expect(dropped.has(i), `${name}: item ${i} loaded despite an error`).toBe(false);
  // An error about the file as a whole (no layer recognised, say) drops every item at once.
  const wholeFile = r.problems.some((p) => p.severity === 'error' && p.index === null);
  if (wholeFile && loaded.length === 0) return;
  expect(loaded.length + dropped.size, `${name}: loaded + dropped ≠ total; ${r.problems.map((p) => p.code).join(', ')}`).toBe(r.total);
}

describe('the validator on fuzzed copies of the demo files', () => {
  it(`never throws on ${RUNS} seeded mutations, and accounts for every feature and record of each file`, () => {
    const r = seededRandom(SEED);
    const codes = new Set<string>();
    for (let run = 0; run < RUNS; run++) {
      // Mostly one file; sometimes two, so the checks between files meet broken files too.
      const names = [FILES[Math.floor(r() * FILES.length)]!];
      if (r() < 0.15) names.push(FILES[Math.floor(r() * FILES.length)]!);
      const inputs: FileInput[] = names.map((name, k) => ({ name: `${run}-${k}-${name}`, bytes: new TextEncoder().encode(mutate(r, parsed.get(name))) }));
      let reports: FileReport[] = [];
      expect(() => (reports = validateFiles(inputs, ctx)), `run ${run}: ${names.join(', ')}`).not.toThrow();
      expect(reports).toHaveLength(inputs.length);
      reports.forEach((report, k) => expectAccounted(report, inputs[k]!.name));
      for (const report of reports) for (const p of report.problems) codes.add(p.code);
      const internal = reports.flatMap((x) => x.problems).find((p) => p.code === 'internal');
      expect(internal && describeProblem(internal, 'en'), `run ${run}: an input reaches an exception no check foresaw`).toBeUndefined();
    }
    // The mutations reach the checks they are meant for, not only the parser.
    for (const code of ['too-deep', 'number-overflow', 'duplicate-id', 'properties-not-object', 'truncated-json', 'non-finite-number']) expect(codes).toContain(code);
  }, HEAVY_MS);
});
