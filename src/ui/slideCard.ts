import type { SourceRef } from '../data/types.ts';
import type { Lang } from '../state/schema.ts';
import type { KeyFigure } from '../stats/keyFigures.ts';
import { Citations } from '../data/Citations.ts';
import { keyFigureText } from '../i18n/keyFigureText.ts';
import { sourceText } from '../i18n/sourceText.ts';
import { t } from '../i18n/t.ts';

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
export function slideCardText(lang: Lang, figures: readonly KeyFigure[], sources: readonly SourceRef[], attribution: readonly string[]): { figures: FigureText[]; source: string } {
  const citations = new Citations(sources);
  const texts = figures.map((f): FigureText => {
    const words = keyFigureText(lang, f);
    return {
      value: words.value, unit: words.unit, label: words.label,
      when: f.from === 'estimate' ? t(lang, 'slideFigureEstimated') : words.when ?? '',
      cites: citations.cite(f.sourceIds),
      illustrative: f.illustrative,
    };
  });
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
