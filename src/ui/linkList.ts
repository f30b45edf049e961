import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el } from './dom.ts';

/** How many links a list shows before the rest wait behind "show all". */
export const LIST_SHOWN = 6;

/**
 * Links to other areas as a list, one item each (no separators to start a
 * line with), the first few shown and the rest behind a "show all N" button
 * that says whether it is expanded. `key` names the list to the panel,
 * which keeps it expanded across redraws; `id` must be unique in the page.
 */
export function linkList(doc: Document, lang: Lang, items: readonly { id: string; name: string }[], key: string, id: string, expanded: boolean): HTMLElement {
  const collapsible = items.length > LIST_SHOWN + 1;
  const list = el(doc, 'ul', { class: 'link-list', id },
    ...items.map((a, i) => el(doc, 'li', collapsible && !expanded && i >= LIST_SHOWN ? { hidden: true } : {},
      el(doc, 'button', { type: 'button', class: 'link', 'data-select': a.id }, a.name))));
  if (!collapsible) return list;
  const toggle = el(doc, 'button', { type: 'button', class: 'show-all', 'aria-expanded': String(expanded), 'aria-controls': id, 'data-expand': key },
    expanded ? t(lang, 'showFewer') : t(lang, 'showAll', { n: items.length }));
  return el(doc, 'div', { class: 'link-list-wrap' }, list, toggle);
}
