import type { CoverageRequest, PreparedCoverage } from './prepareForApp.ts';

/** What the coverage worker says back: how far it is, then the prepared coverage or why it stopped. */
export type CoverageMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; prepared: PreparedCoverage }
  | { type: 'failed'; message: string };

export type { CoverageRequest };
