import type { SourceRef } from '../data/types.ts';
import type { Lang } from '../state/schema.ts';
import type { SlideFigure } from '../stats/slideFigures.ts';
import { Citations } from '../data/Citations.ts';
import { formatDate, formatFigure, formatPeriod } from '../i18n/format.ts';
import { METRIC_LABELS, UNIT_LABELS, labelOf } from '../i18n/labels.ts';
import { sourceText } from '../i18n/sourceText.ts';
import { t, tKnown } from '../i18n/t.ts';

/** A key figure as a slide shows it: the number big, then what it counts, when, and its note numbers. */
export interface FigureText {
  value: string;
  unit: string;
  label: string;
  /** The period or date it is for, or "estimated" for the dataset's own estimate; empty when unknown. */
  when: string;
  /** Note numbers into the slide's source line. */
  cites: number[];
  illustrative: boolean;
}

/** What a presented slide shows besides the map: its title, up to three figures, one line of sources. */
export interface SlideCard {
  title: string;
  figures: FigureText[];
  /** The sources of the figures, numbered, or the dataset's credits when the slide has none. */
  source: string;
  /** From 1. */
  n: number;
  total: number;
}

/** Words for a slide's figures and the one line crediting them, in the reader's language. */
export function slideCardText(lang: Lang, figures: readonly SlideFigure[], sources: readonly SourceRef[], attribution: readonly string[]): { figures: FigureText[]; source: string } {
  const citations = new Citations(sources);
  const texts = figures.map((f): FigureText => ({
    value: formatFigure(lang, f.value, f.qualifier),
    unit: f.unit === null ? '' : f.unit === 'km' ? t(lang, 'km') : labelOf(UNIT_LABELS, f.unit, lang),
    label: f.from === 'activity' ? labelOf(METRIC_LABELS, f.key, lang)
      : f.from === 'estimate' ? t(lang, 'slideFigureEstimate')
      : tKnown(lang, `fact.${f.key}`) ?? tKnown(lang, f.key) ?? f.key,
    when: f.from === 'estimate' ? t(lang, 'slideFigureEstimated')
      : f.periodStart && f.periodEnd && f.periodStart !== f.periodEnd ? formatPeriod(lang, f.periodStart, f.periodEnd)
      : f.periodEnd ? formatDate(lang, f.periodEnd) : '',
    cites: citations.cite(f.sourceIds),
    illustrative: f.illustrative,
  }));
  const cited = citations.list();
  const source = cited.length > 0
    ? t(lang, 'sourceLine', { s: cited.map((s, i) => `[${i + 1}] ${short(lang, s)}`).join(' · ') })
    : t(lang, 'sourceLine', { s: attribution.join(' · ') });
  return { figures: texts, source };
}

/** A source in a few words: its outlet and date, or its title where it has no outlet. */
function short(lang: Lang, s: SourceRef): string {
  const x = sourceText(lang, s);
  return s.outlet ? x.details : x.title;
}
