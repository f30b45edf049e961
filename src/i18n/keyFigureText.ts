import type { Lang } from '../state/schema.ts';
import type { KeyFigure } from '../stats/keyFigures.ts';
import { t, tKnown } from './t.ts';
import { formatDate, formatFigure, formatPeriod } from './format.ts';
import { METRIC_LABELS, UNIT_LABELS, labelOf } from './labels.ts';

/** A key figure as words: its value with qualifier, its unit, what it counts, and when (a period or a date), for a headline or a slide. */
export function keyFigureText(lang: Lang, f: KeyFigure): { value: string; unit: string; label: string; when: string | null } {
  const label = f.from === 'activity' ? labelOf(METRIC_LABELS, f.key, lang) : (tKnown(lang, f.from === 'published' ? `fact.${f.key}` : f.key) ?? f.key);
  const when = f.period ? formatPeriod(lang, f.period.start, f.period.end) : f.date ? formatDate(lang, f.date) : null;
  // A length the map measures or a feature gives is shown to 0.1 km, as in the facts; a published one as published.
  const decimals = f.unit === 'km' && (f.from === 'estimate' || f.from === 'sourced') ? 1 : 3;
  return { value: formatFigure(lang, f.value, f.qualifier, decimals), unit: f.unit === null ? '' : f.unit === 'km' ? t(lang, 'km') : labelOf(UNIT_LABELS, f.unit, lang), label, when };
}
