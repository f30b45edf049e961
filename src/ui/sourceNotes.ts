import type { SourceRef } from '../data/types.ts';
import type { Lang } from '../state/schema.ts';
import { sourceText } from '../i18n/sourceText.ts';
import { t } from '../i18n/t.ts';
import { el } from './dom.ts';

/**
 * The note numbers after a fact or figure: "[1, 3]". Plain text, not links:
 * a fragment link would rewrite the page's hash, which carries the map view.
 */
export function citeMarks(doc: Document, lang: Lang, numbers: readonly number[]): Node[] {
  if (numbers.length === 0) return [];
  return [doc.createTextNode(' '), el(doc, 'sup', { class: 'cite', title: t(lang, 'sourceNumber', { n: numbers.join(', ') }) }, `[${numbers.join(', ')}]`)];
}

/** The panel's sources, each once, numbered as cited: title as published, outlet, date, link. */
export function sourceNotes(doc: Document, lang: Lang, sources: readonly SourceRef[]): HTMLElement | null {
  if (sources.length === 0) return null;
  return el(doc, 'section', { class: 'panel-sources' },
    el(doc, 'h3', {}, t(lang, 'sourcesHeading')),
    el(doc, 'ol', {}, ...sources.map((s, i) => el(doc, 'li', { value: i + 1, 'data-source-id': s.id }, ...sourceParts(doc, lang, s)))),
  );
}

/** One source as a reader follows it: the title (linked where a link is known, marked with its own language), then outlet, date, licence. */
export function sourceParts(doc: Document, lang: Lang, s: SourceRef): (Node | string)[] {
  const x = sourceText(lang, s);
  const title = el(doc, 'cite', x.titleLang && x.titleLang !== lang ? { lang: x.titleLang } : {}, x.title);
  return [x.url ? el(doc, 'a', { href: x.url, rel: 'noopener noreferrer', target: '_blank' }, title) : title, x.details ? ` — ${x.details}` : ''];
}
