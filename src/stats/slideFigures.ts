import type { Dataset } from '../data/types.ts';
import { inPeriod } from './inPeriod.ts';
import { recordsOfArea } from './recordsOfArea.ts';
import { KEY_FIGURES_MAX, keyFigures, type KeyFigure } from './keyFigures.ts';

/**
 * The key figures a presented slide shows for its area: the area panel's
 * headline figures (the same choice, so a slide and the panel never disagree
 * on what an area is), in the slide's period, with the slide's statistic
 * first where the area has it, since that is what the map colours. Nothing
 * for a slide without an area, or naming an area the dataset lacks.
 */
export function slideFigures(dataset: Dataset, areaId: string | null, stat: string, period: string | null = null, max = KEY_FIGURES_MAX): KeyFigure[] {
  if (areaId === null || max <= 0) return [];
  const all = keyFigures(dataset, areaId, inPeriod(recordsOfArea(dataset.activity, areaId), period), Infinity);
  const lead = all.find((f) => f.key === stat);
  return (lead ? [lead, ...all.filter((f) => f !== lead)] : all).slice(0, max);
}
