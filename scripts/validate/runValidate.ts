import { formatReport } from '../../src/validate/formatReport.ts';
import { summarize } from '../../src/validate/summarize.ts';
import type { FileReport } from '../../src/validate/FileReport.ts';
import { validateFiles } from '../../src/validate/validateFiles.ts';
import { renderPhrase } from '../../src/validate/Phrase.ts';
import type { Problem } from '../../src/validate/Problem.ts';
import { collectInputs } from './collectInputs.ts';
import { parseMapArg } from './parseMapArg.ts';
import type { CliResult } from '../cli/CliResult.ts';

const USAGE = `Usage: npm run validate -- <file or dataset folder>... [--json] [--map <ours>=<theirs>[,...]]
  --map id=ma_xa,name=ten_xa   read each file's "ma_xa" as id and "ten_xa" as name (every file given)`;

/** The validate command without the process around it, so tests can run it in-process. */
export function runValidate(argv: readonly string[]): CliResult {
  const json = argv.includes('--json');
  const at = argv.indexOf('--map');
  const mapping = at < 0 ? {} : argv.lastIndexOf('--map') !== at ? '--map: give it once, with every property in it.' : parseMapArg(argv[at + 1]);
  if (typeof mapping === 'string') return { code: 2, stdout: '', stderr: `${mapping}\n${USAGE}\n` };
  const paths = argv.filter((a, i) => a !== '--json' && (at < 0 || (i !== at && i !== at + 1)));
  const unknown = paths.filter((p) => p.startsWith('--'));
  if (paths.length === 0 || unknown.length > 0) {
    return { code: 2, stdout: '', stderr: `${unknown.length > 0 ? `Unknown option ${unknown.join(', ')}. ` : ''}${USAGE}\n` };
  }
  const reports: FileReport[] = [];
  for (const set of collectInputs(paths)) {
    for (const p of set.problems) reports.push({ file: p.file, layer: null, detected: null, total: 0, valid: [], ids: new Set(), problems: [p] });
    // The mapping is for the user's files; a dataset's own layers are in our format already.
    reports.push(...validateFiles(set.inputs.map((i) => (i.layer === undefined && Object.keys(mapping).length > 0 ? { ...i, mapping } : i)), set.ctx));
  }
  const problems = reports.flatMap((r) => r.problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const stdout = json
    ? `${JSON.stringify({ errors, warnings: problems.length - errors, files: reports.map(summarize), problems: problems.map(forJson) }, null, 2)}\n`
    : `${formatReport(reports)}\n`;
  return { code: errors > 0 ? 1 : 0, stdout, stderr: '' };
}

/**
 * A problem for `--json`: expected and found as English sentences, as the
 * terminal prints them, and as phrases (key and values) for scripts that
 * want to say them otherwise.
 */
function forJson(p: Problem) {
  return { ...p, expected: renderPhrase(p.expected, 'en'), found: renderPhrase(p.found, 'en'), phrases: { expected: p.expected, found: p.found } };
}
