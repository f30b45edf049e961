import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../../src/validate/isIsoDate.ts';

/** What the validator accepted before: a pattern and a Date built from it. */
const throughDate = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
};
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isIsoDate(s)', () => {
  it('accepts real calendar days, leap days included, and refuses the days a month does not have', () => {
    for (const s of ['2024-02-29', '2000-02-29', '2023-12-31', '2025-07-01']) expect(isIsoDate(s), s).toBe(true);
    for (const s of ['2023-02-29', '1900-02-29', '2024-02-30', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00']) expect(isIsoDate(s), s).toBe(false);
  });

  it('refuses anything but YYYY-MM-DD in ASCII digits', () => {
    for (const s of ['2024-1-01', '2024-01-1', '24-01-01', '2024/01/01', '2024-01-01T00:00', ' 2024-01-01', '2024-01-01 ', '٢٠٢٤-٠١-٠١', '2024-0a-01', '']) {
      expect(isIsoDate(s), s).toBe(false);
    }
  });

  it('agrees with a Date on every month and day of years around every leap rule, and on years before 100', () => {
    const years = [0, 4, 99, 100, 1899, 1900, 1901, 1999, 2000, 2001, 2023, 2024, 2100, 2400, 9999];
    for (const y of years) for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) {
      const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
      expect(isIsoDate(s), s).toBe(throughDate(s));
    }
  });
});
