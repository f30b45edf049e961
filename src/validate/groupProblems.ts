import type { Problem } from './Problem.ts';

/** Problems of one file that say the same thing of different features, shown as one. */
export interface ProblemGroup {
  /** In the file's order; one for a problem said once. */
  problems: Problem[];
  /** Every problem's `found` is the same phrase with the same values; otherwise they differ only by the value found. */
  sameFound: boolean;
}

/**
 * Groups a file's problems that share severity, code, property and expected,
 * and whose `found` is the same phrase (a missing id in 50 features, or a
 * wrong type with 50 different values), in order of first appearance.
 * Problems of the file as a whole are never grouped: each says something of
 * its own.
 */
export function groupProblems(problems: readonly Problem[]): ProblemGroup[] {
  const groups: ProblemGroup[] = [];
  const byKey = new Map<string, ProblemGroup>();
  for (const p of problems) {
    if (p.index === null) {
      groups.push({ problems: [p], sameFound: true });
      continue;
    }
    const key = JSON.stringify([p.file, p.severity, p.code, p.item, p.property, p.expected, p.found.key]);
    const group = byKey.get(key);
    if (!group) {
      const created = { problems: [p], sameFound: true };
      byKey.set(key, created);
      groups.push(created);
    } else {
      if (group.sameFound && JSON.stringify(p.found) !== JSON.stringify(group.problems[0]!.found)) group.sameFound = false;
      group.problems.push(p);
    }
  }
  return groups;
}
