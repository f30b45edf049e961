import type { SyntheticOptions } from './syntheticDataset.ts';

export const USAGE = 'Usage: npm run data:synthetic -- [--communes N] [--stations N] [--border-km N] [--activity N] [--seed S] [--out <folder>]';

/** A national dataset's size: about Vietnam's land border, its border-guard stations, and a year of figures. */
export const NATIONAL: SyntheticOptions = { communes: 10_000, stations: 300, borderKm: 5_000, activity: 100_000, seed: 1 };

const KEYS: Record<string, keyof SyntheticOptions> = {
  '--communes': 'communes', '--stations': 'stations', '--border-km': 'borderKm', '--activity': 'activity', '--seed': 'seed',
};

/** The options of `npm run data:synthetic` (national size by default), or what is wrong with them. */
export function parseSyntheticArgs(argv: readonly string[]): (SyntheticOptions & { out: string }) | string {
  const options = { ...NATIONAL, out: '' };
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i]!, argv[i + 1]];
    if (value === undefined || value.startsWith('--')) return `${key}: expected a value after it, got ${value === undefined ? 'nothing' : JSON.stringify(value)}.`;
    if (key === '--out') {
      options.out = value;
      continue;
    }
    const name = KEYS[key];
    if (!name) return `Unexpected argument ${JSON.stringify(key)}.`;
    const n = Number(value);
    const least = name === 'communes' || name === 'borderKm' ? 1 : 0;
    if (!Number.isInteger(n) || n < least) return `${key}: expected a whole number of at least ${least}, got ${JSON.stringify(value)}.`;
    options[name] = n;
  }
  if (options.borderKm < 10) return `--border-km: expected at least 10 km, got ${options.borderKm}.`;
  if (!options.out) options.out = `.scratch/synthetic-${options.communes}-${options.seed}`;
  return options;
}
