import type { FileReport } from './FileReport.ts';
import type { InputLayer } from './layerSpecs.ts';
import type { PropertyMapping } from './propertyAliases.ts';
import type { ValidationContext } from './ValidationContext.ts';

/** Page → worker: files to read and check, against a dataset's context. */
export interface ValidateRequest {
  files: { file: File; layer: InputLayer | null; mapping?: PropertyMapping }[];
  ctx: ValidationContext;
}

/**
 * Worker → page: progress while checking, then the reports in the order the
 * files came; or, when even a report could not be made, why.
 */
export type ValidateMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; reports: FileReport[] }
  | { type: 'failed'; message: string };
