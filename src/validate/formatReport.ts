import type { FileReport } from './FileReport.ts';
import { describeProblem } from './Problem.ts';
import { summarize } from './summarize.ts';

/** The report as the terminal shows it, in English: a line per file, then a line per problem. */
export function formatReport(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const r of reports) {
    const s = summarize(r);
    errors += s.errors;
    warnings += s.warnings;
    const layer = s.layer ? ` as ${s.layer}${s.detected && s.detected !== s.layer ? ` (looked like ${s.detected})` : ''}` : '';
    lines.push(`${s.file}${layer}: ${s.valid} of ${s.total} ${s.layer === 'activity' ? 'records' : 'features'} load; ${s.errors} error(s), ${s.warnings} warning(s)`);
    for (const p of r.problems) lines.push(`  ${p.severity === 'error' ? 'error  ' : 'warning'} ${describeProblem(p, 'en')} [${p.code}]`);
  }
  lines.push(`${reports.length} file(s): ${errors} error(s), ${warnings} warning(s)`);
  return lines.join('\n');
}
