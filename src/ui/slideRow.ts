import type { Slide } from '../briefing/Briefing.ts';
import type { Lang } from '../state/schema.ts';
import { t } from '../i18n/t.ts';
import { el } from './dom.ts';

/**
 * One slide in the editor: a handle to drag it by, its picture, its title
 * (wrapping, never cut) and notes, and its actions, delete set apart as the
 * one that destroys.
 */
export function slideRow(doc: Document, lang: Lang, s: Slide, i: number, count: number, thumbnail: () => Promise<string>): HTMLElement {
  // Arrows are drawn, not read: the button's name is its word.
  const button = (action: string, label: string, attrs: Record<string, string | number | boolean> = {}, icon = '') =>
    el(doc, 'button', { type: 'button', class: 'button is-small', 'data-action': action, ...attrs }, icon ? el(doc, 'span', { 'aria-hidden': 'true' }, `${icon} `) : null, label);
  const img = el(doc, 'img', { class: 'slide-thumb', alt: t(lang, 'slideThumb', { n: i + 1 }), width: 160, height: 100 });
  const frame = el(doc, 'div', { class: 'slide-thumb-frame' }, img);
  const draw = () => thumbnail().then((src) => {
    img.src = src;
    frame.classList.add('is-drawn');
  }, () => frame.classList.add('is-failed'));
  // Each picture is a map drawn anew: only the slides scrolled into view are drawn, when they come into it.
  const Observer = doc.defaultView?.IntersectionObserver;
  if (!Observer) void draw();
  else {
    const seen = new Observer((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      void draw();
    });
    seen.observe(frame);
  }
  return el(doc, 'li', { class: 'briefing-slide', 'data-index': i, draggable: 'true' },
    el(doc, 'div', { class: 'slide-head' },
      el(doc, 'span', { class: 'slide-handle', 'aria-hidden': 'true', title: t(lang, 'slideDrag') }, '⠿'),
      el(doc, 'span', { class: 'slide-number', 'aria-hidden': 'true' }, String(i + 1)),
      frame,
    ),
    el(doc, 'div', { class: 'slide-body' },
      el(doc, 'textarea', { class: 'slide-title', rows: 1, 'aria-label': `${t(lang, 'slideTitle')} ${i + 1}` }, s.title),
      el(doc, 'textarea', { class: 'slide-notes', rows: 2, placeholder: t(lang, 'slideNotes'), 'aria-label': `${t(lang, 'slideNotes')} ${i + 1}` }, s.notes),
    ),
    el(doc, 'div', { class: 'slide-actions' },
      button('show', t(lang, 'slideShow')),
      button('up', t(lang, 'slideUp'), { disabled: i === 0, 'aria-keyshortcuts': 'Alt+ArrowUp' }, '↑'),
      button('down', t(lang, 'slideDown'), { disabled: i === count - 1, 'aria-keyshortcuts': 'Alt+ArrowDown' }, '↓'),
      button('update', t(lang, 'slideUpdate')),
      button('present', t(lang, 'presentFrom'), {}, '▶'),
      button('delete', t(lang, 'slideDelete'), { class: 'button is-small is-danger' }),
    ),
  );
}
