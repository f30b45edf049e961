import { csvParseRows } from 'd3';
import type { Problem } from './Problem.ts';
import { fileProblem } from './fileProblem.ts';
import { phrase } from './Phrase.ts';

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Rows of an activity table in CSV, as records with the JSON format's
 * property names. A value is read as a number only when written plainly:
 * "37.732" and "37,732" mean 37732 to a Vietnamese and an English reader, so
 * any thousands separator is left as text for the checks to refuse.
 */
export function readActivityCsv(file: string, text: string): { records: Record<string, unknown>[] | null; problems: Problem[] } {
  // csvParseRows, not csvParse: csvParse compiles a row reader with new Function, which a CSP without 'unsafe-eval' forbids.
  const [header = [], ...body] = csvParseRows(text);
  const rows = Object.assign(body.map((cells) => Object.fromEntries(header.map((c, i) => [c, cells[i]]))), { columns: header });
  const required = ['areaId', 'periodStart', 'periodEnd', 'metric', 'value', 'unit', 'status'];
  const missing = required.filter((c) => !rows.columns.includes(c));
  if (missing.length === required.length) {
    const found = rows.columns.length === 0 ? phrase('found.noColumns') : phrase('found.columns', { columns: rows.columns.slice(0, 6).map((c) => JSON.stringify(c)).join(', ') });
    return { records: null, problems: [fileProblem(file, 'not-csv', 'error', phrase('expected.csvHeader', { columns: required.join(', ') }), found)] };
  }
  const records = rows.map((row) => {
    const r: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(row) as [string, string | undefined][]) {
      if (v === undefined || v === '') continue;
      r[k] = k === 'value' && NUMBER.test(v.trim()) ? Number(v) : v;
    }
    return r;
  });
  return { records, problems: [] };
}
