import type { FileReport } from '../validate/FileReport.ts';
import { fileProblem } from '../validate/fileProblem.ts';
import { phrase } from '../validate/Phrase.ts';
import type { Problem } from '../validate/Problem.ts';

/** Layers the map cannot do without: the land it is drawn on, and the communes its colours, panels and coverage are about. */
const ESSENTIAL = ['countries', 'communes'] as const;

/**
 * The first essential layer with nothing valid in it, said as one problem
 * naming its file: why the file failed as a whole, or that none of its
 * features loads. The app still shows the map and the report beside it.
 */
export function essentialProblem(reports: readonly FileReport[]): Problem | null {
  for (const layer of ESSENTIAL) {
    const r = reports.find((x) => x.layer === layer);
    if (!r || r.valid.length > 0) continue;
    const own = r.problems.find((p) => p.severity === 'error' && p.index === null);
    const expected = phrase('expected.layerNeeded', { layer: phrase(`layer.${layer}`) });
    return fileProblem(r.file, own?.code ?? 'no-features', 'error', expected, own?.found ?? phrase('found.noneLoaded', { n: r.total }));
  }
  return null;
}
