import { csvFormat } from 'd3';
import type { FileReport } from './FileReport.ts';

/** Every problem as a CSV row, for a spreadsheet or a ticket. */
export function reportCsv(reports: readonly FileReport[]): string {
  const rows = reports.flatMap((r) =>
    r.problems.map((p) => ({
      file: p.file,
      severity: p.severity,
      code: p.code,
      item: p.index === null ? '' : p.item,
      index: p.index === null ? '' : String(p.index),
      id: p.id ?? '',
      property: p.property ?? '',
      expected: p.expected,
      found: p.found,
      west: p.bbox ? String(p.bbox[0]) : '',
      south: p.bbox ? String(p.bbox[1]) : '',
      east: p.bbox ? String(p.bbox[2]) : '',
      north: p.bbox ? String(p.bbox[3]) : '',
    })),
  );
  return csvFormat(rows, ['file', 'severity', 'code', 'item', 'index', 'id', 'property', 'expected', 'found', 'west', 'south', 'east', 'north']);
}
