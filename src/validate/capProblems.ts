import type { FileReport } from './FileReport.ts';
import type { Problem } from './Problem.ts';

/**
 * Problems of one code listed per file. A file of a million broken features
 * would otherwise make three million problems, gigabytes of report and a
 * page that freezes drawing them; past the first thousand of a kind, they
 * are counted, and the report says how many more there are.
 */
export const MAX_PER_CODE = 1000;

const counts = new WeakMap<FileReport, Map<string, number>>();

/** Adds a problem to the report, or counts it when its code has filled its share. */
export function addProblem(r: FileReport, p: Problem): void {
  let byCode = counts.get(r);
  if (!byCode) {
    byCode = new Map();
    for (const q of r.problems) byCode.set(q.code, (byCode.get(q.code) ?? 0) + 1);
    counts.set(r, byCode);
  }
  const n = (byCode.get(p.code) ?? 0) + 1;
  byCode.set(p.code, n);
  if (n <= MAX_PER_CODE) {
    r.problems.push(p);
    return;
  }
  r.omitted ??= [];
  const entry = r.omitted.find((o) => o.code === p.code && o.severity === p.severity);
  if (entry) entry.count++;
  else r.omitted.push({ code: p.code, severity: p.severity, count: 1 });
}
