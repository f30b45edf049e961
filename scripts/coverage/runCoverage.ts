import { readFileSync, statSync } from 'node:fs';
import type { Feature, LineString, MultiLineString, Point } from 'geojson';
import { coverageCsv } from '../../src/coverage/coverageCsv.ts';
import { prepareCoverage } from '../../src/coverage/prepareCoverage.ts';
import { stationsFrom } from '../../src/coverage/Station.ts';
import { decodeBytes } from '../../src/validate/decodeBytes.ts';
import { parseJsonText } from '../../src/validate/parseJsonText.ts';
import { checkGeometry } from '../../src/validate/checkGeometry.ts';
import { describeProblem } from '../../src/validate/Problem.ts';
import { renderPhrase } from '../../src/validate/Phrase.ts';
import type { CliResult } from '../cli/CliResult.ts';
import { parseCoverageArgs, USAGE } from './parseCoverageArgs.ts';
import { pickStations } from './pickStations.ts';
import { propertyTagger } from './propertyTagger.ts';

/**
 * The coverage tables for plain GeoJSON files, without the process around it.
 * Features the tables cannot use are skipped with a warning on stderr; when
 * no station is counted the tables are still printed, but the exit code is 1.
 */
export function runCoverage(argv: readonly string[]): CliResult {
  const args = parseCoverageArgs(argv);
  if (typeof args === 'string') return { code: 2, stdout: '', stderr: `${args}\n${USAGE}\n` };
  const warnings: string[] = [];
  const lines = read(args.border, ['LineString', 'MultiLineString'], warnings);
  const points = read(args.stations, ['Point'], warnings);
  if (typeof lines === 'string' || typeof points === 'string') return { code: 1, stdout: '', stderr: `${[lines, points].filter((x) => typeof x === 'string').join('\n')}\n` };
  if (lines.features.length === 0) return { code: 1, stdout: '', stderr: `${args.border}: expected LineString or MultiLineString features for the border, found none.\n` };
  const { stations, problem } = pickStations(args.stations, points.features, args.kinds);
  const tag = propertyTagger(args.border, lines.features, lines.indices, args.groupBy, warnings);
  if (!tag && args.groupByGiven) warnings.push(`${args.border}, --group-by ${args.groupBy}: expected line features with that property, found none; the summary has the "all" row only.`);
  if (problem) warnings.push(problem);
  const result = prepareCoverage(lines.features as Feature<LineString | MultiLineString>[], stationsFrom(stations as Feature<Point>[]), tag).at(args.radius);
  // Without a station every figure is 0% covered, which reads like a finding: the exit code says it is not one.
  return { code: problem ? 1 : 0, stdout: coverageCsv(result), stderr: warnings.map((w) => `warning: ${w}\n`).join('') };
}

/** The features of a file with one of the geometry types wanted, with their indices in the file, or a message saying why there are none. */
function read(path: string, types: string[], warnings: string[]): { features: Feature[]; indices: number[] } | string {
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
  const out = { features: [] as Feature[], indices: [] as number[] };
  (value.features as Feature[]).forEach((f, i) => {
    const type = f?.geometry?.type;
    if (!type || !types.includes(type)) return;
    const issue = checkGeometry(f.geometry, types[0] === 'Point' ? 'facilities' : 'borderLine', null).issues[0];
    if (issue) warnings.push(`${path}, feature ${i}, ${issue.property}: expected ${renderPhrase(issue.expected, 'en')}, found ${renderPhrase(issue.found, 'en')}; skipped.`);
    else {
      out.features.push(f);
      out.indices.push(i);
    }
  });
  return out;
}
