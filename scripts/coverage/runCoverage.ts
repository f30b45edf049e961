import { readFileSync, statSync } from 'node:fs';
import type { Feature, LineString, MultiLineString, Point } from 'geojson';
import { coverageCsv } from '../../src/coverage/coverageCsv.ts';
import { prepareCoverage } from '../../src/coverage/prepareCoverage.ts';
import { countsForCoverage, stationsFrom } from '../../src/coverage/Station.ts';
import { decodeBytes } from '../../src/validate/decodeBytes.ts';
import { parseJsonText } from '../../src/validate/parseJsonText.ts';
import { checkGeometry } from '../../src/validate/checkGeometry.ts';
import { describeProblem } from '../../src/validate/Problem.ts';
import { renderPhrase } from '../../src/validate/Phrase.ts';
import type { CliResult } from '../cli/CliResult.ts';

const USAGE = 'Usage: npm run coverage -- --border <file.geojson> --stations <file.geojson> --radius <km>';

/**
 * The coverage tables for plain GeoJSON files, without the process around it.
 * Features the tables cannot use are skipped with a warning on stderr.
 */
export function runCoverage(argv: readonly string[]): CliResult {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const [key, value] = [argv[i]!, argv[i + 1]];
    if (!['--border', '--stations', '--radius'].includes(key) || value === undefined) return usage(`Unexpected argument ${JSON.stringify(key)}.`);
    args.set(key, value);
  }
  const [border, stations, radius] = [args.get('--border'), args.get('--stations'), Number(args.get('--radius'))];
  if (!border || !stations || args.get('--radius') === undefined) return usage('All three options are needed.');
  if (!Number.isFinite(radius) || radius <= 0) return usage(`--radius: expected a number of km above 0, got ${JSON.stringify(args.get('--radius'))}.`);
  const warnings: string[] = [];
  const lines = read(border, ['LineString', 'MultiLineString'], warnings);
  const points = read(stations, ['Point'], warnings);
  if (typeof lines === 'string' || typeof points === 'string') return { code: 1, stdout: '', stderr: `${[lines, points].filter((x) => typeof x === 'string').join('\n')}\n` };
  // A facilities file of our format also holds posts, gates and coastal stations: only land stations count for coverage.
  const onlyStations = points.some((f) => f.properties?.kind !== undefined) ? points.filter((f) => countsForCoverage(f.properties)) : points;
  if (lines.length === 0) return { code: 1, stdout: '', stderr: `${border}: expected LineString or MultiLineString features for the border, found none.\n` };
  const result = prepareCoverage(lines as Feature<LineString | MultiLineString>[], stationsFrom(onlyStations as Feature<Point>[])).at(radius);
  return { code: 0, stdout: coverageCsv(result), stderr: warnings.map((w) => `warning: ${w}\n`).join('') };
}

function usage(why: string): CliResult {
  return { code: 2, stdout: '', stderr: `${why}\n${USAGE}\n` };
}

/** The features of a file with one of the geometry types wanted, or a message saying why there are none. */
function read(path: string, types: string[], warnings: string[]): Feature[] | string {
  let bytes: Uint8Array;
  try {
    if (!statSync(path).isFile()) return `${path}: expected a file, found a folder.`;
    bytes = readFileSync(path);
  } catch {
    return `${path}: expected a file, found nothing at that path.`;
  }
  const decoded = decodeBytes(path, bytes, 500 * 1024 * 1024);
  if (decoded.text === null) return decoded.problems.map((p) => describeProblem(p, 'en')).join('\n');
  const parsed = parseJsonText(path, decoded.text);
  const value = parsed.value as { features?: unknown } | undefined;
  if (!value || !Array.isArray(value.features)) return parsed.problems.length > 0 ? parsed.problems.map((p) => describeProblem(p, 'en')).join('\n') : `${path}: expected a GeoJSON FeatureCollection.`;
  return (value.features as Feature[]).filter((f, i) => {
    const type = f?.geometry?.type;
    if (!type || !types.includes(type)) return false;
    const issue = checkGeometry(f.geometry, types[0] === 'Point' ? 'facilities' : 'borderLine', null).issues[0];
    if (issue) warnings.push(`${path}, feature ${i}, ${issue.property}: expected ${renderPhrase(issue.expected, 'en')}, found ${renderPhrase(issue.found, 'en')}; skipped.`);
    return !issue;
  });
}
