import type { Lang } from '../state/schema.ts';
import type { FileReport } from '../validate/FileReport.ts';
import type { Bbox } from '../validate/FeatureIssue.ts';
import { IMPORT_LAYERS, type ImportLayer } from '../validate/layerSpecs.ts';
import type { Problem } from '../validate/Problem.ts';
import { renderPhrase } from '../validate/Phrase.ts';
import { summarize } from '../validate/summarize.ts';
import { reportCsv } from '../validate/reportCsv.ts';
import { t } from '../i18n/t.ts';
import { el, listen } from './dom.ts';

/** Rows drawn per file: the CSV holds them all. */
const MAX_ROWS = 200;

export interface ReportPanelOptions {
  lang: Lang;
  onLayer(fileIndex: number, layer: ImportLayer): void;
  onZoom(bbox: Bbox): void;
  onClose(): void;
}

/**
 * The report of opened files: per file what loaded and what did not, each
 * problem with where it is and what was expected, a way to see it on the
 * map, a way to correct the layer the file was taken for, and the whole
 * report as CSV.
 */
export class ReportPanel {
  private root: HTMLElement | null = null;
  private off: (() => void)[] = [];
  private reports: FileReport[] = [];
  private zoomTargets: Bbox[] = [];
  private csvUrl: string | null = null;

  constructor(private opts: ReportPanelOptions) {}

  onAdd(parent: HTMLElement): HTMLElement {
    this.root = el(parent.ownerDocument, 'section', { class: 'report', hidden: true, 'aria-live': 'polite' });
    parent.prepend(this.root);
    this.off.push(
      listen(this.root, 'click', (e) => {
        const target = e.target as Element;
        const zoom = target.closest('[data-zoom]');
        if (zoom) this.opts.onZoom(this.zoomTargets[Number(zoom.getAttribute('data-zoom'))]!);
        if (target.closest('.report-close')) this.opts.onClose();
      }),
      listen(this.root, 'change', (e) => {
        const select = (e.target as Element).closest('select[data-file]') as HTMLSelectElement | null;
        if (select) this.opts.onLayer(Number(select.getAttribute('data-file')), select.value as ImportLayer);
      }),
    );
    return this.root;
  }

  show(reports: FileReport[]): void {
    this.reports = reports;
    this.render();
    this.root?.querySelector<HTMLElement>('.report-title')?.focus();
  }

  setLang(lang: Lang): void {
    this.opts = { ...this.opts, lang };
    this.render();
  }

  private render(): void {
    const root = this.root;
    if (!root) return;
    if (this.csvUrl) URL.revokeObjectURL(this.csvUrl);
    this.csvUrl = null;
    root.hidden = this.reports.length === 0;
    if (this.reports.length === 0) return void root.replaceChildren();
    const doc = root.ownerDocument;
    const { lang } = this.opts;
    this.zoomTargets = [];
    this.csvUrl = URL.createObjectURL(new Blob([reportCsv(this.reports, lang)], { type: 'text/csv;charset=utf-8' }));
    root.replaceChildren(
      el(doc, 'header', { class: 'panel-header' },
        el(doc, 'h2', { class: 'report-title', tabindex: -1 }, t(lang, 'report')),
        el(doc, 'button', { type: 'button', class: 'panel-close report-close', 'aria-label': t(lang, 'close') }, '×'),
      ),
      el(doc, 'p', { class: 'report-note' }, t(lang, 'errorDrops')),
      el(doc, 'a', { class: 'report-download', href: this.csvUrl, download: 'border-atlas-file-check.csv' }, t(lang, 'downloadReport')),
      ...this.reports.map((r, i) => this.fileSection(doc, r, i)),
    );
  }

  private fileSection(doc: Document, r: FileReport, index: number): HTMLElement {
    const { lang } = this.opts;
    const s = summarize(r);
    const select = el(doc, 'select', { 'data-file': index, 'aria-label': `${t(lang, 'loadAs')}: ${r.file}` },
      r.layer === null || !(IMPORT_LAYERS as readonly string[]).includes(r.layer)
        ? el(doc, 'option', { value: '', selected: true, disabled: true }, r.layer === null ? t(lang, 'layer.unknown') : t(lang, `layer.${r.layer}`))
        : null,
      ...IMPORT_LAYERS.map((l) => el(doc, 'option', { value: l, selected: l === r.layer }, t(lang, `layer.${l}`))),
    );
    const rows = r.problems.slice(0, MAX_ROWS).map((p) => this.problemRow(doc, p));
    return el(doc, 'section', { class: 'report-file', 'data-file-name': r.file },
      el(doc, 'h3', {}, r.file),
      el(doc, 'p', { class: 'report-summary' }, t(lang, 'reportSummary', { valid: s.valid, total: s.total, errors: s.errors, warnings: s.warnings })),
      el(doc, 'label', { class: 'report-layer' }, `${t(lang, 'loadAs')} `, select),
      rows.length > 0 ? el(doc, 'ul', { class: 'report-problems' }, ...rows) : el(doc, 'p', {}, t(lang, 'noProblems')),
      r.problems.length > MAX_ROWS ? el(doc, 'p', {}, t(lang, 'moreProblems', { n: r.problems.length - MAX_ROWS })) : null,
    );
  }

  private problemRow(doc: Document, p: Problem): HTMLElement {
    const { lang } = this.opts;
    const where = [p.index === null ? t(lang, 'item.file') : `${t(lang, `item.${p.item}`)} ${p.index}`, p.id === null ? null : `“${p.id}”`, p.property].filter(Boolean).join(' · ');
    let zoom: HTMLElement | null = null;
    if (p.bbox) {
      this.zoomTargets.push(p.bbox);
      zoom = el(doc, 'button', { type: 'button', class: 'link report-zoom', 'data-zoom': this.zoomTargets.length - 1 }, t(lang, 'showOnMap'));
    }
    return el(doc, 'li', { class: `report-problem is-${p.severity}`, 'data-code': p.code },
      el(doc, 'span', { class: `badge-severity is-${p.severity}` }, t(lang, `severity.${p.severity}`)),
      where ? el(doc, 'span', { class: 'report-where' }, ` ${where}`) : null,
      el(doc, 'div', { class: 'report-detail' }, `${t(lang, 'expected')}: ${renderPhrase(p.expected, lang)}; ${t(lang, 'found')}: ${renderPhrase(p.found, lang)}`),
      zoom,
    );
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    if (this.csvUrl) URL.revokeObjectURL(this.csvUrl);
    this.root?.remove();
    this.root = null;
  }
}
