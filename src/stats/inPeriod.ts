/** What a figure needs to be placed in time: its first and last day, ISO dates. */
export interface Dated {
  periodStart: string;
  periodEnd: string;
}

/** A figure's period as the state, URLs and briefings name it: first--last day. */
export function periodOf(r: Dated): string {
  return `${r.periodStart}--${r.periodEnd}`;
}

/**
 * The figures over exactly the chosen period, or all of them for null (all
 * periods). Exactly: a half-year is not shown as the year that holds it, nor
 * a 2019–2024 total as 2024's, since that would give a figure for another
 * period as if it were the chosen one's.
 */
export function inPeriod<T extends Dated>(records: readonly T[], period: string | null): T[] {
  return period === null ? [...records] : records.filter((r) => periodOf(r) === period);
}
