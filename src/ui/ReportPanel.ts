import type { Lang } from '../state/schema.ts';
import type { FileReport } from '../validate/FileReport.ts';
import type { Bbox } from '../validate/FeatureIssue.ts';
import { IMPORT_LAYERS, type ImportLayer } from '../validate/layerSpecs.ts';
import { summarize } from '../validate/summarize.ts';
import { reportCsv } from '../validate/reportCsv.ts';
import { groupProblems, type ProblemGroup } from '../validate/groupProblems.ts';
import { t, tKnown } from '../i18n/t.ts';
import { formatNumber } from '../i18n/format.ts';
import { el, listen } from './dom.ts';
import { groupCard, groupItems, problemCard } from './reportCards.ts';
import { mappingRow } from './reportMapping.ts';
import { onDismiss, markClosed, markOpened } from './dismiss.ts';

/**
 * Cards drawn at once per file, and features at once under a grouped card;
 * "Show more" draws the next as many. A report lists up to a thousand
 * problems a kind: drawn all at once they held the page for a long task.
 */
const CARDS_PAGE = 50;
const ITEMS_PAGE = 100;

/** A list drawn a page at a time: how many it has, how many are drawn, and how to draw some. */
interface Pager {
  total: number;
  shown: number;
  step: number;
  draw(from: number, to: number): HTMLElement[];
}

/** Each report's problems, grouped once: a report is drawn again on every change to the others. */
const grouped = new WeakMap<FileReport, ProblemGroup[]>();
function groupsOf(r: FileReport): ProblemGroup[] {
  let groups = grouped.get(r);
  if (!groups) grouped.set(r, (groups = groupProblems(r.problems)));
  return groups;
}

export interface ReportPanelOptions {
  lang: Lang;
  onLayer(fileIndex: number, layer: ImportLayer): void;
  /** The user picked the file's property `from` to read as our `to`, or none (null). */
  onMapping(fileIndex: number, to: string, from: string | null): void;
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
  private remembered: readonly (boolean | null)[] = [];
  private zoomTargets: Bbox[] = [];
  private csvUrl: string | null = null;
  /** The paged lists drawn, by their list element. */
  private pagers = new WeakMap<Element, Pager>();

  constructor(private opts: ReportPanelOptions) {}

  onAdd(parent: HTMLElement): HTMLElement {
    // Not a live region (the whole report would be read at each change): focus goes to its title instead.
    this.root = el(parent.ownerDocument, 'section', { class: 'report', hidden: true });
    parent.prepend(this.root);
    this.off.push(
      listen(this.root, 'click', (e) => {
        const target = e.target as Element;
        const zoom = target.closest('[data-zoom]');
        if (zoom) this.opts.onZoom(this.zoomTargets[Number(zoom.getAttribute('data-zoom'))]!);
        if (target.closest('.report-close')) this.opts.onClose();
        // Drawn before the card opens, so its features are there the moment it does.
        const summary = target.closest('.report-items > summary');
        if (summary?.nextElementSibling) this.drawFirst(summary.nextElementSibling);
        const more = target.closest('.report-more');
        if (more?.previousElementSibling) this.drawPage(more.previousElementSibling as HTMLElement, true);
        // Made only when wanted: the CSV of thousands of problems is not free, and most reports are read, not downloaded.
        if (target.closest('.report-download')) this.csvLink();
      }),
      listen(this.root, 'pointerdown', (e) => { if ((e.target as Element).closest('.report-download')) this.csvLink(); }),
      listen(this.root, 'focusin', (e) => { if ((e.target as Element).closest('.report-download')) this.csvLink(); }),
      onDismiss(this.root, () => this.opts.onClose()),
      this.onToggle(this.root),
      listen(this.root, 'change', (e) => {
        const select = (e.target as Element).closest('select[data-file]') as HTMLSelectElement | null;
        if (select) this.opts.onLayer(Number(select.getAttribute('data-file')), select.value as ImportLayer);
        const map = (e.target as Element).closest('select[data-map-file]') as HTMLSelectElement | null;
        if (map) this.opts.onMapping(Number(map.getAttribute('data-map-file')), map.getAttribute('data-map-key')!, map.value === '' ? null : map.value);
      }),
    );
    return this.root;
  }

  /**
   * Shows the reports; `remembered` says per file that it was read with a
   * mapping saved for its shape, or null for a file that cannot be checked
   * again (a dataset's own), which gets no mapping row. Focus goes to the
   * title, or stays on the list the user just changed, so a keyboard user
   * is not thrown back to the top after each pick.
   */
  show(reports: FileReport[], remembered: readonly (boolean | null)[] = []): void {
    const active = this.root?.ownerDocument.activeElement;
    const again = active instanceof HTMLSelectElement && this.root?.contains(active) ? selectorOf(active) : null;
    this.reports = reports;
    this.remembered = remembered;
    this.render();
    const refocus = again ? this.root?.querySelector<HTMLElement>(again) : null;
    (refocus ?? this.root?.querySelector<HTMLElement>('.report-title'))?.focus();
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
    if (this.reports.length === 0) markClosed(root);
    root.hidden = this.reports.length === 0;
    if (this.reports.length === 0) return void root.replaceChildren();
    markOpened(root);
    const doc = root.ownerDocument;
    const { lang } = this.opts;
    this.zoomTargets = [];
    this.pagers = new WeakMap();
    root.replaceChildren(
      el(doc, 'header', { class: 'panel-header' },
        el(doc, 'h2', { class: 'report-title', tabindex: -1 }, t(lang, 'report')),
        el(doc, 'button', { type: 'button', class: 'panel-close report-close', 'aria-label': t(lang, 'close') }, '×'),
      ),
      el(doc, 'p', { class: 'report-note' }, t(lang, 'errorDrops')),
      // The real address is set as the link is pointed at, focused or clicked (csvLink): before the browser follows it.
      el(doc, 'a', { class: 'report-download', href: '#', download: 'border-atlas-file-check.csv' }, t(lang, 'downloadReport')),
      ...this.reports.map((r, i) => this.fileSection(doc, r, i)),
    );
  }

  private fileSection(doc: Document, r: FileReport, index: number): HTMLElement {
    const { lang } = this.opts;
    const s = summarize(r);
    const own = this.remembered[index] === null;
    const select = el(doc, 'select', { 'data-file': index, 'aria-label': `${t(lang, 'loadAs')}: ${r.file}` },
      r.layer === null || !(IMPORT_LAYERS as readonly string[]).includes(r.layer)
        ? el(doc, 'option', { value: '', selected: true, disabled: true }, r.layer === null ? t(lang, 'layer.unknown') : t(lang, `layer.${r.layer}`))
        : null,
      ...IMPORT_LAYERS.map((l) => el(doc, 'option', { value: l, selected: l === r.layer }, t(lang, `layer.${l}`))),
    );
    const addZoom = (bbox: Bbox) => this.zoomTargets.push(bbox) - 1;
    const groups = groupsOf(r);
    const card = (g: ProblemGroup): HTMLElement => {
      if (g.problems.length === 1) return problemCard(doc, lang, g.problems[0]!, addZoom);
      const made = groupCard(doc, lang, g, r.fields ?? []);
      // The features under it are drawn when it is opened.
      this.pagers.set(made.querySelector('.report-items ul')!, { total: g.problems.length, shown: 0, step: ITEMS_PAGE, draw: (from, to) => groupItems(doc, lang, g.problems.slice(from, to), addZoom) });
      return made;
    };
    const list = groups.length > 0 ? el(doc, 'ul', { class: 'report-problems' }) : null;
    if (list) {
      this.pagers.set(list, { total: groups.length, shown: 0, step: CARDS_PAGE, draw: (from, to) => groups.slice(from, to).map(card) });
      this.drawPage(list);
    }
    return el(doc, 'section', { class: 'report-file', 'data-file-name': r.file },
      el(doc, 'h3', {}, r.file),
      el(doc, 'p', { class: 'report-summary' }, t(lang, 'reportSummary', { valid: s.valid, total: s.total, errors: s.errors, warnings: s.warnings })),
      // A dataset's own file is the layer its manifest names: nothing to choose, nothing to re-check.
      own ? el(doc, 'p', { class: 'report-layer' }, t(lang, 'datasetFileLayer', { layer: r.layer ? (tKnown(lang, `layer.${r.layer}`) ?? r.layer) : t(lang, 'layer.unknown') }))
        : el(doc, 'label', { class: 'report-layer' }, `${t(lang, 'loadAs')} `, select),
      own ? null : mappingRow(doc, lang, r, index, this.remembered[index] === true),
      list ?? el(doc, 'p', {}, t(lang, 'noProblems')),
      list?.nextElementSibling ?? null,
      ...(r.omitted ?? []).map((o) => el(doc, 'p', { class: 'report-omitted', 'data-code': o.code }, t(lang, 'omittedProblems', { n: formatNumber(lang, o.count), code: o.code }))),
    );
  }

  /**
   * Draws the next page of a paged list, and keeps the "Show more" button
   * after it saying how many are left, or removes it when none are. Asked
   * for by the user (`focusNew`), focus goes to the first item drawn, where
   * reading goes on.
   */
  private drawPage(list: HTMLElement, focusNew = false): void {
    const pager = this.pagers.get(list);
    if (!pager || pager.shown >= pager.total) return;
    const to = Math.min(pager.total, pager.shown + pager.step);
    const drawn = pager.draw(pager.shown, to);
    list.append(...drawn);
    pager.shown = to;
    if (focusNew && drawn[0]) {
      drawn[0].tabIndex = -1;
      drawn[0].focus();
    }
    const { lang } = this.opts;
    const next = list.nextElementSibling;
    let more = next?.classList.contains('report-more') ? (next as HTMLElement) : null;
    const left = pager.total - to;
    if (left === 0) return void more?.remove();
    if (!more) {
      more = el(list.ownerDocument, 'button', { type: 'button', class: 'link report-more' });
      // A list not yet in the page (a file's first page) takes its button when the section is built.
      if (list.parentNode) list.after(more);
      else list.ownerDocument.createDocumentFragment().append(list, more);
    }
    more.textContent = t(lang, 'showMore', { n: formatNumber(lang, Math.min(pager.step, left)), left: formatNumber(lang, left) });
  }

  /** Draws a grouped card's features the first time it is opened ("toggle" does not bubble: listened for on the way down). */
  private onToggle(root: HTMLElement): () => void {
    const fn = (e: Event) => {
      const details = e.target as HTMLElement;
      if (!(details instanceof HTMLDetailsElement) || !details.open) return;
      const list = details.querySelector(':scope > ul');
      if (list) this.drawFirst(list);
    };
    root.addEventListener('toggle', fn, true);
    return () => root.removeEventListener('toggle', fn, true);
  }

  private drawFirst(list: Element): void {
    if (this.pagers.get(list)?.shown === 0) this.drawPage(list as HTMLElement);
  }

  /** Gives the download link the CSV of the whole report, made once per drawing. */
  private csvLink(): void {
    const link = this.root?.querySelector<HTMLAnchorElement>('.report-download');
    if (!link || this.csvUrl) return;
    this.csvUrl = URL.createObjectURL(new Blob([reportCsv(this.reports, this.opts.lang)], { type: 'text/csv;charset=utf-8' }));
    link.href = this.csvUrl;
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    if (this.csvUrl) URL.revokeObjectURL(this.csvUrl);
    this.root?.remove();
    this.root = null;
  }
}

/** A selector that finds the same list after the report is drawn again. */
function selectorOf(select: HTMLSelectElement): string | null {
  const file = select.getAttribute('data-map-file') ?? select.getAttribute('data-file');
  if (file === null) return null;
  const key = select.getAttribute('data-map-key');
  return key === null ? `select[data-file="${file}"]` : `select[data-map-file="${file}"][data-map-key="${CSS.escape(key)}"]`;
}
