import type { FileReport } from './FileReport.ts';
import type { Lang } from '../state/schema.ts';
import { describeProblem } from './Problem.ts';
import { groupProblems, type ProblemGroup } from './groupProblems.ts';
import { phrase, renderPhrase } from './Phrase.ts';
import { summarize } from './summarize.ts';

/** Indices listed for a group; the rest are in `--json`. */
const MAX_INDICES = 10;

/** The report as the terminal shows it, in English: a line per file, then a line per problem, or per problem repeated over features. */
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
    for (const g of groupProblems(r.problems)) {
      const p = g.problems[0]!;
      lines.push(`  ${p.severity === 'error' ? 'error  ' : 'warning'} ${g.problems.length === 1 ? describeProblem(p, 'en') : describeGroup(g, 'en')} [${p.code}]`);
    }
    for (const o of r.omitted ?? []) lines.push(`  ${o.severity === 'error' ? 'error  ' : 'warning'} ${s.file}: ${o.count} more problem(s) of this kind, counted and not listed [${o.code}]`);
  }
  lines.push(`${reports.length} file(s): ${errors} error(s), ${warnings} warning(s)`);
  return lines.join('\n');
}

/** "file, 50 features (0, 1, …), properties.id: expected text, found nothing." */
export function describeGroup(g: ProblemGroup, lang: Lang): string {
  const p = g.problems[0]!;
  const shown = g.problems.slice(0, MAX_INDICES).map((q) => String(q.index));
  const indices = `${shown.join(', ')}${g.problems.length > MAX_INDICES ? ', …' : ''}`;
  const where = [p.file, renderPhrase(phrase(`where.group.${p.item}`, { n: g.problems.length, indices }), lang), p.property].filter((x) => x !== null).join(', ');
  const found = g.sameFound ? p.found : phrase('found.varies', { found: p.found });
  return renderPhrase(phrase('sentence', { where, expected: p.expected, found }), lang);
}
