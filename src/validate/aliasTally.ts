import type { AliasUse } from './propertyAliases.ts';
import type { Problem } from './Problem.ts';
import { fileProblem } from './fileProblem.ts';
import { phrase } from './Phrase.ts';

/**
 * Properties read under the file's own names, counted over its features: a
 * file of 5,000 communes says once that it read "id" from "ma_xa", not
 * 5,000 times.
 */
export class AliasTally {
  private counts = new Map<string, { use: AliasUse; n: number }>();

  add(uses: readonly AliasUse[]): void {
    for (const use of uses) {
      const key = `${use.to}\u0000${use.from}\u0000${use.chosen === true}`;
      const entry = this.counts.get(key);
      if (entry) entry.n++;
      else this.counts.set(key, { use, n: 1 });
    }
  }

  /** One `property-mapped` warning per property read, saying whether the user chose it. */
  problems(file: string): Problem[] {
    return [...this.counts.values()].map(({ use, n }) => ({
      ...fileProblem(file, 'property-mapped', 'warning', phrase('expected.ownProperty', { name: use.to }), phrase(use.chosen ? 'found.readFromChosen' : 'found.readFrom', { from: use.from, n })),
      property: `properties.${use.to}`,
    }));
  }
}
