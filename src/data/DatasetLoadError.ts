import type { Lang } from '../state/schema.ts';
import { describeProblem, type Problem } from '../validate/Problem.ts';

/**
 * A dataset that cannot be shown: its manifest, or a file the map cannot do
 * without. Carries the problem in no language yet, as the validator says
 * them (file, property, expected, found), so the error box speaks the
 * reader's language; `message` is the English sentence, for logs and tests.
 */
export class DatasetLoadError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(describeProblem(problem, 'en'));
    this.name = 'DatasetLoadError';
    this.problem = problem;
  }

  get file(): string {
    return this.problem.file;
  }

  describe(lang: Lang): string {
    return describeProblem(this.problem, lang);
  }
}
