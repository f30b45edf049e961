import { csvFormatRows } from 'd3';

/** A cell a spreadsheet would read as a formula: "=HYPERLINK(…)", "+1+1", "@SUM(…)", or one hiding behind a tab or return. */
const FORMULA = /^[=+\-@\t\r]/;
/** Plain numbers stay numbers: "-3" is a value, not a formula. */
const NUMBER = /^[-+]?\d+(\.\d+)?(e[-+]?\d+)?$/i;

/**
 * Rows as CSV, with every cell a spreadsheet would run as a formula written
 * as text (an apostrophe before it, as OWASP advises): ids, names and values
 * come from files anyone could have made.
 */
export function spreadsheetSafeRows(rows: readonly (readonly string[])[]): string {
  return csvFormatRows(rows.map((row) => row.map((cell) => (FORMULA.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell))));
}
