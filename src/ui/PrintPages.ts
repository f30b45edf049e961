import type { Lang } from '../state/schema.ts';
import { sourceLine } from '../i18n/sourceText.ts';
import type { SourceRef } from '../data/types.ts';
import { t } from '../i18n/t.ts';
import { el } from './dom.ts';
import { legendContent } from './Legend.ts';
import type { LegendModel } from './legendModel.ts';

export interface PrintPage {
  title: string;
  /** The map with scale bar and north arrow, as a PNG. */
  image: Blob;
  legend: LegendModel;
}

export type Paper = 'A4' | 'A3';

/**
 * Pages for the printer, one per slide (or one for the current view), each
 * with its title, map, legend, sources and date. Hidden on screen; under
 * print media they are all there is. Kept until the next print, so the
 * browser's print preview can be opened again.
 */
export class PrintPages {
  private root: HTMLElement | null = null;
  private urls: string[] = [];

  show(doc: Document, pages: PrintPage[], paper: Paper, sources: SourceRef[], attribution: string[], date: string, lang: Lang): HTMLElement {
    this.remove();
    this.urls = pages.map((p) => URL.createObjectURL(p.image));
    const root = el(doc, 'div', { class: `print-pages paper-${paper.toLowerCase()}`, 'data-paper': paper },
      ...pages.map((p, i) => el(doc, 'section', { class: 'print-page' },
        el(doc, 'h1', { class: 'print-title' }, p.title),
        el(doc, 'div', { class: 'print-body' },
          el(doc, 'img', { class: 'print-map', src: this.urls[i]!, alt: p.title }),
          el(doc, 'div', { class: 'print-legend legend' }, ...legendContent(doc, p.legend, lang)),
        ),
        el(doc, 'footer', { class: 'print-sources' },
          el(doc, 'p', {}, t(lang, 'sourceLine', { s: attribution.join(' · ') })),
          el(doc, 'ol', { class: 'print-source-list' }, ...sources.map((s) => el(doc, 'li', {}, sourceLine(lang, s)))),
          el(doc, 'p', {}, `${date} · ${i + 1} / ${pages.length}`),
        ),
      )),
    );
    doc.body.append(root);
    this.root = root;
    return root;
  }

  remove(): void {
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls = [];
    this.root?.remove();
    this.root = null;
  }
}
