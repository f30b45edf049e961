/**
 * Time allowed to a unit test that checks a million positions or runs the
 * CLI over the demo dataset: a few seconds alone, 10–20 s on a loaded
 * 2-core machine, where Vitest's 5 s default would fail it.
 */
export const HEAVY_MS = 60_000;
