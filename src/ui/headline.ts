import type { Lang } from '../state/schema.ts';
import type { KeyFigure } from '../stats/keyFigures.ts';
import type { Citations } from '../data/Citations.ts';
import { keyFigureText } from '../i18n/keyFigureText.ts';
import { t } from '../i18n/t.ts';
import { citeMarks } from './sourceNotes.ts';
import { el } from './dom.ts';

/**
 * The panel's headline figures, one a line: each value as published (with
 * its qualifier), unit, what it counts and when, its source's note number,
 * and the illustrative badge where it has one (an estimate says so in its label).
 */
export function headline(doc: Document, lang: Lang, figures: readonly KeyFigure[], citations: Citations): HTMLElement | null {
  if (figures.length === 0) return null;
  return el(doc, 'section', { class: 'panel-headline', 'aria-label': t(lang, 'keyFigures') },
    el(doc, 'ul', { class: 'key-figures' }, ...figures.map((f) => {
      const x = keyFigureText(lang, f);
      return el(doc, 'li', { class: `key-figure${f.illustrative ? ' is-illustrative' : ''}`, 'data-key': f.key, 'data-from': f.from },
        el(doc, 'span', { class: 'key-value' },
          el(doc, 'span', { class: 'key-number', ...(f.qualifier ? { title: t(lang, `qualifier.${f.qualifier}`) } : {}) }, x.value),
          x.unit ? ' ' : null, x.unit ? el(doc, 'span', { class: 'key-unit' }, x.unit) : null),
        el(doc, 'span', { class: 'key-text' },
          el(doc, 'span', { class: 'key-label' }, x.label, ...citeMarks(doc, lang, citations.cite(f.sourceIds))),
          x.when || f.illustrative
            ? el(doc, 'span', { class: 'key-meta' },
              x.when ? el(doc, 'span', { class: 'key-when' }, x.when) : null,
              f.illustrative ? el(doc, 'span', { class: 'badge-illustrative', title: t(lang, 'illustrativeTitle') }, t(lang, 'illustrative')) : null)
            : null),
      );
    })),
  );
}
