import type { Dataset } from '../data/types.ts';
import { isBorderCommune } from '../data/isBorderCommune.ts';
import type { Lang } from '../state/schema.ts';
import { findArea } from '../stats/findArea.ts';
import { t, tKnown } from '../i18n/t.ts';
import { activitySection } from './activitySection.ts';
import { areaFacts, parentAreas, type Fact } from './areaFacts.ts';
import { el, listen } from './dom.ts';
import { Citations } from '../data/Citations.ts';
import { sourceNotes } from './sourceNotes.ts';
import { formatNumber } from '../i18n/format.ts';
import type { CoverageResult } from '../coverage/prepareCoverage.ts';
import { onDismiss, markClosed, markOpened } from './dismiss.ts';
import { replaceKeepingFocus } from './keepFocus.ts';
import { inPeriod } from '../stats/inPeriod.ts';
import { recordsOfArea } from '../stats/recordsOfArea.ts';
import { keyFigures } from '../stats/keyFigures.ts';
import { headline } from './headline.ts';
import { factsSection } from './factsSection.ts';
import { drawWhenSeen } from './drawWhenSeen.ts';

export interface PanelOptions {
  dataset: Dataset;
  lang: Lang;
  /** The period chosen (first--last day), or null for all periods: the statistics show its figures only. */
  period?: string | null;
  onSelect(id: string | null): void;
  /** Says a short line to screen readers (the area's name when one opens). */
  announce?(text: string): void;
  /** The dataset's activity figures: still on their way (the map draws before them), in, or not to come (their file failed). */
  figures?: 'loading' | 'in' | 'unavailable';
}

/**
 * The side panel of one area: what it is and where it belongs, its key
 * figures, its statistics compared with its siblings, its facts, its
 * sources. Links to other areas select them, so the panel is also the
 * keyboard way around the map.
 */
export class Panel {
  private root: HTMLElement | null = null;
  private off: (() => void)[] = [];
  private areaId: string | null = null;
  private coverage: CoverageResult | null = null;
  /** Lists the reader expanded ("show all"), by their place in the facts; kept across redraws of the same area. */
  private expanded = new Set<string>();
  /** Lets go of the shown charts still to draw: a redraw replaces them. */
  private stopCharts: () => void = () => {};

  constructor(private opts: PanelOptions) {}

  onAdd(parent: HTMLElement): HTMLElement {
    // Not a live region: a screen reader would read the whole panel at each change. The announcer says the name.
    this.root = el(parent.ownerDocument, 'aside', { class: 'panel', hidden: true });
    parent.append(this.root);
    // Escape (see dismiss.ts) closes the panel as its close button does.
    this.off.push(onDismiss(this.root, () => this.opts.onSelect(null)));
    this.off.push(listen(this.root, 'click', (e) => {
      const toggle = (e.target as Element).closest('[data-expand]');
      if (toggle) {
        const key = toggle.getAttribute('data-expand') ?? '';
        if (!this.expanded.delete(key)) this.expanded.add(key);
        this.render();
        return;
      }
      const link = (e.target as Element).closest('[data-select]');
      // The close button carries data-select="": select nothing.
      if (link) this.opts.onSelect(link.getAttribute('data-select') || null);
    }));
    return this.root;
  }

  /** Shows an area, or hides the panel for null. Moves focus to the title when asked, as after a click. */
  show(areaId: string | null, focus = false): void {
    const changed = areaId !== this.areaId;
    this.areaId = areaId;
    if (changed) this.expanded.clear();
    this.render();
    const name = this.root?.querySelector('.panel-title')?.textContent;
    if (changed && name) this.opts.announce?.(name);
    if (focus) this.root?.querySelector<HTMLElement>('.panel-title')?.focus();
  }

  /** Shows the same area from a changed dataset (files the user opened). */
  setDataset(dataset: Dataset): void {
    this.opts = { ...this.opts, dataset };
    this.render();
  }

  /** With the coverage view on, a station's panel also gives its sector and how much of it the radius reaches. */
  setCoverage(coverage: CoverageResult | null): void {
    const id = this.areaId;
    const shows = (c: CoverageResult | null) => id !== null && (c?.stations.some((s) => s.station.id === id) ?? false);
    // Only a station's panel carries coverage figures: others are not redrawn at each step of the radius slider.
    const redraw = shows(this.coverage) || shows(coverage);
    this.coverage = coverage;
    if (redraw) this.render();
  }

  /** The figures came (with the dataset holding them), or will not. */
  setFigures(figures: 'in' | 'unavailable', dataset: Dataset = this.opts.dataset): void {
    this.opts = { ...this.opts, dataset, figures };
    this.render();
  }

  setLang(lang: Lang): void {
    this.opts = { ...this.opts, lang };
    this.render();
  }

  setPeriod(period: string | null): void {
    if (period === (this.opts.period ?? null)) return;
    this.opts = { ...this.opts, period };
    this.render();
  }

  private render(): void {
    const root = this.root;
    if (!root) return;
    this.stopCharts();
    const area = this.areaId === null ? null : findArea(this.opts.dataset, this.areaId);
    if (!area) {
      markClosed(root);
      root.hidden = true;
      root.removeAttribute('data-area-id');
      root.replaceChildren();
      return;
    }
    const doc = root.ownerDocument;
    const { dataset, lang } = this.opts;
    const p = area.feature.properties;
    // Kinds, classes and qualities come from data: an unknown one shows as written rather than breaking the panel.
    const kind = (p.kind === 'gate' && 'gateClass' in p && p.gateClass ? tKnown(lang, `gate.${p.gateClass}`) : null) ?? tKnown(lang, p.kind === 'commune' && !isBorderCommune(p as { borderStatus?: string }) ? 'kind.communeInland' : `kind.${p.kind}`) ?? String(p.kind);
    const parents = parentAreas(dataset, area);
    const link = (a: { id: string; name: string }) => el(doc, 'button', { type: 'button', class: 'link', 'data-select': a.id }, a.name);
    root.hidden = false;
    markOpened(root);
    root.setAttribute('data-area-id', p.id);
    const citations = new Citations(dataset.manifest.sources);
    const charts = drawWhenSeen(doc);
    // Built in reading order (key figures, figures with their comparisons, facts), so notes are numbered as they are read.
    // With a period chosen, the headline keeps to it as the figures below do.
    const figures = this.opts.figures ?? 'in';
    const top = figures === 'in' ? headline(doc, lang, keyFigures(dataset, p.id, inPeriod(recordsOfArea(dataset.activity, p.id), this.opts.period ?? null)), citations) : null;
    // Until the figures come, their place says so rather than "no statistics".
    const activity = figures === 'in'
      ? activitySection(doc, dataset, p.id, lang, citations, this.opts.period ?? null, charts.later)
      : el(doc, 'section', { class: 'panel-activity', 'aria-busy': figures === 'loading' ? 'true' : 'false' }, el(doc, 'h3', {}, t(lang, 'statistics')),
        el(doc, 'p', { class: `panel-figures is-${figures}` }, t(lang, figures === 'loading' ? 'figuresLoading' : 'figuresUnavailable')));
    const facts = factsSection(doc, lang, [...areaFacts(dataset, area, lang), ...this.coverageFacts(p.id)], citations, this.expanded);
    const parts: (Node | null)[] = [
      el(doc, 'header', { class: 'panel-header' },
        el(doc, 'div', { class: 'panel-kind' }, kind, p.geometryQuality === 'official' ? null : el(doc, 'span', { class: `badge-quality is-${p.geometryQuality}` }, tKnown(lang, `quality.${p.geometryQuality}`) ?? String(p.geometryQuality))),
        el(doc, 'h2', { class: 'panel-title', tabindex: -1 }, p.name),
        el(doc, 'button', { type: 'button', class: 'panel-close', 'aria-label': t(lang, 'close'), 'data-select': '' }, '×'),
      ),
      parents.length > 0
        ? el(doc, 'p', { class: 'panel-parents' }, `${t(lang, 'parents')}: `, ...parents.flatMap((a, i) => (i === 0 ? [link(a)] : [' › ', link(a)])))
        : null,
      top,
      // An area with no figures (a gate, a twin pair) is its facts: they come first, the empty statistics after.
      ...(activity.querySelector('.panel-empty') ? [facts, activity] : [activity, facts]),
    ];
    parts.push(sourceNotes(doc, lang, citations.list()));
    replaceKeepingFocus(root, ...parts);
    this.stopCharts = charts.start();
  }

  private coverageFacts(id: string): Fact[] {
    const row = this.coverage?.stations.find((s) => s.station.id === id);
    if (!row || !this.coverage) return [];
    const { lang } = this.opts;
    const km = (v: number) => `${formatNumber(lang, v, 1)} ${t(lang, 'km')}`;
    return [
      { label: t(lang, 'sectorKm'), text: km(row.sectorKm) },
      { label: `${t(lang, 'coveredKm')} (${this.coverage.radiusKm} ${t(lang, 'km')})`, text: km(row.coveredKm) },
    ];
  }

  onRemove(): void {
    for (const off of this.off) off();
    this.off = [];
    this.stopCharts();
    this.root?.remove();
    this.root = null;
  }
}
