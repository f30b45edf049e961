import type { Lang } from '../state/schema.ts';
import type { Citations } from '../data/Citations.ts';
import { t } from '../i18n/t.ts';
import type { Fact } from './areaFacts.ts';
import { citeMarks } from './sourceNotes.ts';
import { linkList } from './linkList.ts';
import { el } from './dom.ts';

/**
 * The panel's facts as label and value, each with its note numbers; a
 * "drawn" line set apart from the published one beside it; a list of links
 * full width, collapsed to its first few unless `expanded` holds its key.
 */
export function factsSection(doc: Document, lang: Lang, facts: readonly Fact[], citations: Citations, expanded: ReadonlySet<string>): HTMLElement {
  return el(doc, 'section', { class: 'panel-facts-section' },
    el(doc, 'h3', {}, t(lang, 'facts')),
    el(doc, 'dl', { class: 'panel-facts' },
      ...facts.flatMap((f, i) => {
        const cls = [f.drawn ? 'is-drawn' : '', f.links ? 'is-list' : ''].filter(Boolean).join(' ');
        // Keyed by place, not label: a list stays open when the language changes.
        const key = `panel-list-${i}`;
        return [
          el(doc, 'dt', cls ? { class: cls } : {}, f.label),
          el(doc, 'dd', cls ? { class: cls } : {},
            ...(f.links ? [linkList(doc, lang, f.links, key, key, expanded.has(key))] : [f.text ?? '']),
            ...citeMarks(doc, lang, citations.cite(f.sourceIds))),
        ];
      }),
    ),
  );
}
