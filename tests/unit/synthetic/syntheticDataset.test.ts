import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../heavy.ts';
import { runValidate } from '../../../scripts/validate/runValidate.ts';
import { parseSyntheticArgs } from '../../../scripts/synthetic/parseSyntheticArgs.ts';
import { syntheticDataset } from '../../../scripts/synthetic/syntheticDataset.ts';
import { writeDataset } from '../../../scripts/synthetic/writeDataset.ts';

const SMALL = { communes: 400, stations: 12, borderKm: 300, activity: 2_000, seed: 11 };

function written(options: typeof SMALL): { folder: string; files: Record<string, string> } {
  const folder = mkdtempSync(join(tmpdir(), 'synthetic-'));
  writeDataset(folder, syntheticDataset(options));
  return { folder, files: Object.fromEntries(readdirSync(folder).sort().map((f) => [f, readFileSync(join(folder, f), 'utf8')])) };
}

describe('npm run data:synthetic', () => {
  it('writes a dataset folder that npm run validate passes with no error and no warning, of the sizes asked for', () => {
    const { folder, files } = written(SMALL);
    try {
      const r = runValidate([folder]);
      expect(r.stdout).toMatch(/8 file\(s\): 0 error\(s\), 0 warning\(s\)/);
      expect(r.code).toBe(0);
      const count = (name: string) => (JSON.parse(files[name]!) as { features: unknown[] }).features.length;
      expect(count('communes.geojson')).toBe(400);
      expect(count('facilities.geojson')).toBe(12);
      expect((JSON.parse(files['activity.json']!) as unknown[]).length).toBe(2_000);
      const drawn = (JSON.parse(files['border-line.geojson']!) as { features: { properties: { drawnKm: number } }[] }).features.reduce((s, f) => s + f.properties.drawnKm, 0);
      // The line's meander makes it longer than the strip it follows, never shorter.
      expect(drawn).toBeGreaterThan(300);
      expect(drawn).toBeLessThan(450);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, HEAVY_MS);

  it('gives the same bytes for the same seed, and another dataset for another seed', () => {
    const [a, b, c] = [written(SMALL), written(SMALL), written({ ...SMALL, seed: 12 })];
    try {
      expect(b.files).toEqual(a.files);
      expect(c.files['communes.geojson']).not.toEqual(a.files['communes.geojson']);
    } finally {
      for (const { folder } of [a, b, c]) rmSync(folder, { recursive: true, force: true });
    }
  }, HEAVY_MS);

  it('makes a national dataset by default, and says what is wrong with a bad option', () => {
    expect(parseSyntheticArgs([])).toMatchObject({ communes: 10_000, stations: 300, borderKm: 5_000, activity: 100_000 });
    expect(parseSyntheticArgs(['--communes', 'many'])).toBe('--communes: expected a whole number of at least 1, got "many".');
    expect(parseSyntheticArgs(['--size', '3'])).toBe('Unexpected argument "--size".');
  });
});
