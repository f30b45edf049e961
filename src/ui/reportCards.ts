import type { Lang } from '../state/schema.ts';
import type { Bbox } from '../validate/FeatureIssue.ts';
import type { FileField } from '../validate/fileFields.ts';
import type { ProblemGroup } from '../validate/groupProblems.ts';
import type { Problem } from '../validate/Problem.ts';
import { phrase, renderPhrase } from '../validate/Phrase.ts';
import { t } from '../i18n/t.ts';
import { el } from './dom.ts';

/** Registers a place "Show on map" goes to, and returns its number for the button. */
export type AddZoom = (bbox: Bbox) => number;

/** One problem: severity, where, what was expected and found, and "Show on map" where it has a place. */
export function problemCard(doc: Document, lang: Lang, p: Problem, addZoom: AddZoom): HTMLElement {
  return el(doc, 'li', { class: `report-problem is-${p.severity}`, 'data-code': p.code },
    el(doc, 'span', { class: `badge-severity is-${p.severity}` }, t(lang, `severity.${p.severity}`)),
    el(doc, 'span', { class: 'report-where' }, ` ${itemWhere(lang, p, true)}`),
    detail(doc, lang, p, p.found),
    zoomButton(doc, lang, p, addZoom),
  );
}

/**
 * A problem repeated over features, said once ("50 features · properties.id:
 * expected text; found nothing"), with the features under it, folded: the
 * list (`.report-items ul`) is left empty for the panel to fill when it is
 * opened (see groupItems), since a report lists up to a thousand features a
 * kind. For a required property missing, it names the file's own
 * properties and where to pick one.
 */
export function groupCard(doc: Document, lang: Lang, g: ProblemGroup, fields: readonly FileField[]): HTMLElement {
  const p = g.problems[0]!;
  const n = g.problems.length;
  const found = g.sameFound ? p.found : phrase('found.varies', { found: p.found });
  const fileHas = p.code === 'missing-property' && fields.length > 0
    ? el(doc, 'p', { class: 'report-group-fields' }, t(lang, 'group.fileHas', {
        fields: fields.map((f) => (f.hint ? `${f.name} (${t(lang, `mapping.hint.${f.hint}`)})` : f.name)).join(', '),
        title: t(lang, 'mapping.title'),
      }))
    : null;
  return el(doc, 'li', { class: `report-problem report-group is-${p.severity}`, 'data-code': p.code, 'data-count': n },
    el(doc, 'span', { class: `badge-severity is-${p.severity}` }, t(lang, `severity.${p.severity}`)),
    el(doc, 'span', { class: 'report-where' }, ` ${[t(lang, `group.${p.item}`, { n }), p.property].filter(Boolean).join(' · ')}`),
    detail(doc, lang, p, found),
    fileHas,
    el(doc, 'details', { class: 'report-items' },
      el(doc, 'summary', {}, t(lang, 'group.list', { n })),
      el(doc, 'ul', {}),
    ),
  );
}

/** The features of a grouped card, one line each, with "Show on map" where they have a place. */
export function groupItems(doc: Document, lang: Lang, problems: readonly Problem[], addZoom: AddZoom): HTMLElement[] {
  return problems.map((q) => el(doc, 'li', {}, itemWhere(lang, q, false), zoomButton(doc, lang, q, addZoom)));
}

/** "feature 3 · “id” · properties.kind"; without the property inside a group, which says it once. */
function itemWhere(lang: Lang, p: Problem, withProperty: boolean): string {
  return [p.index === null ? t(lang, 'item.file') : `${t(lang, `item.${p.item}`)} ${p.index}`, p.id === null ? null : `“${p.id}”`, withProperty ? p.property : null].filter(Boolean).join(' · ');
}

function detail(doc: Document, lang: Lang, p: Problem, found: Problem['found']): HTMLElement {
  return el(doc, 'div', { class: 'report-detail' }, `${t(lang, 'expected')}: ${renderPhrase(p.expected, lang)}; ${t(lang, 'found')}: ${renderPhrase(found, lang)}`);
}

function zoomButton(doc: Document, lang: Lang, p: Problem, addZoom: AddZoom): HTMLElement | null {
  if (!p.bbox) return null;
  return el(doc, 'button', { type: 'button', class: 'link report-zoom', 'data-zoom': addZoom(p.bbox) }, t(lang, 'showOnMap'));
}
