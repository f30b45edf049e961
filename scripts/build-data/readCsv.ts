import { readFileSync } from 'node:fs';

/** Reads a CSV file with a header row (RFC 4180 quoting) into one object per row. */
export function readCsv(file: string): Record<string, string>[] {
  const rows = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const [header, ...body] = rows;
  if (!header) throw new Error(`${file}: expected a header row, got an empty file`);
  return body
    .filter((r) => r.some((c) => c !== ''))
    .map((r, i) => {
      if (r.length !== header.length) {
        throw new Error(`${file}, row ${i + 2}: expected ${header.length} fields, got ${r.length}`);
      }
      return Object.fromEntries(header.map((h, j) => [h, r[j] ?? '']));
    });
}

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}
