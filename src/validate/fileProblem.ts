import type { Phrase } from './Phrase.ts';
import type { Problem, ProblemCode, Severity } from './Problem.ts';

/** A problem with a whole file rather than one feature in it. */
export function fileProblem(file: string, code: ProblemCode, severity: Severity, expected: Phrase, found: Phrase): Problem {
  return { file, index: null, item: 'feature', id: null, property: null, expected, found, severity, code, bbox: null };
}
