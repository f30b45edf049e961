export const USAGE =
  'Usage: npm run coverage -- --border <file.geojson> --stations <file.geojson> --radius <km> [--kind <kind>[,<kind>...]]... [--group-by <property>]';

export interface CoverageArgs {
  border: string;
  stations: string;
  radius: number;
  /** The station kinds named with --kind; null when none was, so the default rule applies (docs/coverage.md). */
  kinds: string[] | null;
  /** The border features' property that groups the summary rows. */
  groupBy: string;
  /** Whether --group-by was given: only then is a property no feature has worth a warning. */
  groupByGiven: boolean;
}

const ONCE = ['--border', '--stations', '--radius', '--group-by'];

/** The options of `npm run coverage`, or what is wrong with them (exit 2). */
export function parseCoverageArgs(argv: readonly string[]): CoverageArgs | string {
  const once = new Map<string, string>();
  const kinds: string[] = [];
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i]!, argv[i + 1]];
    if (key !== '--kind' && !ONCE.includes(key)) return `Unexpected argument ${JSON.stringify(key)}.`;
    if (value === undefined || value.startsWith('--')) return `${key}: expected a value after it, got ${value === undefined ? 'nothing' : JSON.stringify(value)}.`;
    if (key === '--kind') {
      // Repeated or comma-separated, both add kinds: "--kind don --kind tram" is "--kind don,tram".
      const parts = value.split(',').map((k) => k.trim());
      if (parts.some((k) => k === '')) return `--kind: expected kinds separated by commas, such as "don,tram", got ${JSON.stringify(value)}.`;
      kinds.push(...parts);
      continue;
    }
    if (once.has(key)) return `${key}: expected once, got ${JSON.stringify(once.get(key))} and ${JSON.stringify(value)}.`;
    once.set(key, value);
  }
  const [border, stations, radiusText, groupBy] = ONCE.map((k) => once.get(k));
  if (!border || !stations || radiusText === undefined) return 'All three of --border, --stations and --radius are needed.';
  const radius = Number(radiusText);
  if (radiusText.trim() === '' || !Number.isFinite(radius) || radius <= 0) return `--radius: expected a number of km above 0, got ${JSON.stringify(radiusText)}.`;
  if (groupBy === '') return '--group-by: expected a property name such as "provinceId", got "".';
  return { border, stations, radius, kinds: kinds.length > 0 ? kinds : null, groupBy: groupBy ?? 'provinceId', groupByGiven: groupBy !== undefined };
}
