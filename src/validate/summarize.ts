import type { FileReport } from './FileReport.ts';

export interface FileSummary {
  file: string;
  layer: string | null;
  detected: string | null;
  total: number;
  valid: number;
  errors: number;
  warnings: number;
}

/** Counts per file, as the report's header lines and `--json` give them. */
export function summarize(r: FileReport): FileSummary {
  return {
    file: r.file, layer: r.layer, detected: r.detected, total: r.total, valid: r.valid.length,
    errors: r.problems.filter((p) => p.severity === 'error').length + omitted(r, 'error'),
    warnings: r.problems.filter((p) => p.severity === 'warning').length + omitted(r, 'warning'),
  };
}

function omitted(r: FileReport, severity: 'error' | 'warning'): number {
  return (r.omitted ?? []).filter((o) => o.severity === severity).reduce((n, o) => n + o.count, 0);
}
