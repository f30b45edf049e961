import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEAVY_MS } from '../heavy.ts';
import { runValidate } from '../../../scripts/validate/runValidate.ts';

const dir = 'tests/fixtures/in/bad';
/** Files that are odd but loadable: reported as warnings only. */
const WARNING_ONLY = new Set(['byte-order-mark.geojson', 'utf16le-bom.geojson', 'utf16be-no-bom.geojson', 'markup-in-properties.geojson', 'foreign-members.geojson', 'far-from-dataset.geojson']);

describe('npm run validate', () => {
  it('exits 0 with no error on the demo dataset', () => {
    const r = runValidate(['data/demo']);
    expect(r.stdout).toMatch(/8 file\(s\): 0 error\(s\)/);
    expect(r.code).toBe(0);
  }, HEAVY_MS);

  for (const name of readdirSync(dir).sort()) {
    const warningOnly = WARNING_ONLY.has(name);
    it(`${name}, checked as an addition to the demo dataset: exits ${warningOnly ? 0 : 1} and names the problem with file and kind`, () => {
      const r = runValidate(['data/demo', `${dir}/${name}`]);
      expect(r.code).toBe(warningOnly ? 0 : 1);
      expect(r.stdout).toContain(`${warningOnly ? 'warning' : 'error  '} ${dir}/${name}`);
      expect(r.stdout).toMatch(new RegExp(`${dir}/${name}.*\\[[a-z0-9-]+\\]`));
    }, HEAVY_MS);
  }

  it('--json gives counts per file and every problem, for machines', () => {
    const r = runValidate(['--json', 'data/demo', `${dir}/duplicate-id.geojson`]);
    const out = JSON.parse(r.stdout) as { errors: number; files: object[]; problems: { code: string; severity: string }[] };
    expect(out.errors).toBe(1);
    expect(out.files).toHaveLength(9);
    expect(out.files[8]).toMatchObject({ file: `${dir}/duplicate-id.geojson`, layer: 'facilities', total: 2, valid: 1, errors: 1 });
    expect(out.problems.filter((p) => p.severity === 'error').map((p) => p.code)).toEqual(['duplicate-id']);
  }, HEAVY_MS);

  it('--json says expected and found in English, as the terminal does, and as phrases with the values from the file', () => {
    const r = runValidate(['--json', `${dir}/duplicate-id.geojson`]);
    const out = JSON.parse(r.stdout) as { problems: { code: string; expected: string; found: string; phrases: { found: unknown } }[] };
    const dup = out.problems.find((p) => p.code === 'duplicate-id');
    expect(dup).toMatchObject({ expected: 'an id no other feature of the file has', found: '"test-station-1" again, first at feature 0', phrases: { found: { key: 'found.idAgain', params: { id: 'test-station-1', first: 0 } } } });
    expect(r.stdout).toContain(`${dir}/duplicate-id.geojson`);
  });

  it('exits 2 with its usage on no arguments or an unknown option, and 1 for a path that does not exist', () => {
    expect(runValidate([]).code).toBe(2);
    expect(runValidate(['--strict', 'x']).stderr).toContain('Unknown option --strict');
    const missing = runValidate(['no/such/file.geojson']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('no/such/file.geojson: expected a file or folder, found nothing at that path');
  });

  it('--map reads the named properties of every file given as ours, and says the user chose them', () => {
    const file = 'tests/fixtures/in/mapped-communes.geojson';
    const without = runValidate(['data/demo', file]);
    expect(without.code).toBe(1);
    expect(without.stdout).toContain(`${file}, 3 features (0, 1, 2), properties.id: expected text, found nothing. [missing-property]`);
    const r = runValidate(['data/demo', file, '--map', 'id=MA_DON_VI,name=TEN_DON_VI']);
    expect(r.stdout).toContain(`${file} as communes: 3 of 3 features load; 0 error(s)`);
    expect(r.stdout).toContain('read from the file’s "MA_DON_VI" in 3 feature(s), as chosen by you. [property-mapped]');
    expect(r.code).toBe(0);
  }, HEAVY_MS);

  it('exits 2 with its usage on a malformed --map', () => {
    for (const args of [['--map'], ['--map', 'id'], ['--map', 'id='], ['--map', '=MA'], ['--map', 'id=MA,,name=TEN'], ['--map', 'nope=MA'], ['--map', 'id=MA,id=TEN'], ['--map', 'id=MA', '--map', 'name=TEN']]) {
      const r = runValidate([...args, 'tests/fixtures/in/mapped-communes.geojson']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^--map: .*\nUsage: npm run validate -- .*--map/);
    }
  });

  it('as a real process, prints no stack trace for a file that is not JSON', () => {
    const r = spawnSync('npx', ['tsx', 'scripts/validate/main.ts', `${dir}/not-json.geojson`], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('[not-json]');
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
  }, HEAVY_MS);
});

