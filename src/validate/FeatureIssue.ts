import type { Phrase } from './Phrase.ts';
import type { ProblemCode } from './Problem.ts';

export type Bbox = [number, number, number, number];

/** A problem found inside one feature or record, before it is placed in its file. */
export interface FeatureIssue {
  code: ProblemCode;
  property: string | null;
  expected: Phrase;
  found: Phrase;
}
