import type { Lang } from '../state/schema.ts';
import type { CommuneCoverage } from '../coverage/communeCoverage.ts';
import type { CoverageResult } from '../coverage/prepareCoverage.ts';
import { formatNumber } from '../i18n/format.ts';
import { t } from '../i18n/t.ts';
import { el, listen } from './dom.ts';
import { ProgressBar } from './ProgressBar.ts';

/** What the panel shows: one radius's figures, with names to print and CSV to download. */
export interface CoverageView {
  result: CoverageResult;
  communes: CommuneCoverage[];
  flagged: CommuneCoverage[];
  groupName(id: string): string;
  areaName(id: string): string;
  /** Each table as CSV, made when its link is clicked: a slider step should not build three files nobody asked for. */
  csv: Record<'summary' | 'sectors' | 'gaps', () => string>;
  /** Drawn against published, per province: coverage measures the first. */
  measured: {
    provinces: { name: string; drawnKm: number | null; publishedKm: number | null; placed: number; notPlaced: number | null }[];
    /** Coastal stations left out of the land line's coverage. */
    coastal: number;
    twinsDrawn: number;
    twinsPublished: number;
  };
}

export interface CoveragePanelOptions {
  lang: Lang;
  onZoom(bbox: [number, number, number, number]): void;
  onSelect(id: string): void;
}

/**
 * The planner's figures beside the map: how much border lies within the
 * radius, per province; the gaps, longest first, each a button to its place;
 * the communes with neither a station near nor a twinned village; each
 * station's sector; and the tables as CSV.
 */
export class CoveragePanel {
  private root: HTMLElement | null = null;
  private off: (() => void)[] = [];
  private view: CoverageView | null = null;
  /** While the view is being prepared, its bar; null otherwise. */
  private progress: ProgressBar | null = null;
  private fraction = 0;
  private kept: { communes: CommuneCoverage[]; lang: Lang; node: HTMLElement; off: () => void } | null = null;
  private urls: string[] = [];

  constructor(private opts: CoveragePanelOptions) {}

  onAdd(parent: HTMLElement): HTMLElement {
    // Not a live region: the whole panel would be read at each step of the radius, which the slider says itself.
    this.root = el(parent.ownerDocument, 'section', { class: 'coverage-panel', hidden: true });
    // After the area panel: a station clicked on the map shows at the top, its sector among its facts.
    parent.append(this.root);
    this.off.push(listen(this.root, 'click', (e) => {
      const target = e.target as Element;
      const gap = target.closest('[data-gap]');
      if (gap) this.zoomToGap(Number(gap.getAttribute('data-gap')));
      const csv = target.closest<HTMLAnchorElement>('a[data-csv]');
      const make = this.view?.csv[csv?.getAttribute('data-csv') as keyof CoverageView['csv']];
      // The file is made now; the link's own download then follows the address set here.
      if (csv && make) {
        csv.href = URL.createObjectURL(new Blob([make()], { type: 'text/csv;charset=utf-8' }));
        this.urls.push(csv.href);
      }
      const area = target.closest('[data-select]');
      if (area) this.opts.onSelect(area.getAttribute('data-select') ?? '');
    }));
    return this.root;
  }

  show(view: CoverageView | null): void {
    this.view = view;
    this.dropProgress();
    this.render();
  }

  /** The view is being prepared: its title and a progress bar instead of figures. */
  showProgress(fraction: number): void {
    const root = this.root;
    if (!root) return;
    // Only the bar moves once shown: the text a screen reader already heard is not rewritten.
    if (!this.progress || this.view !== null) {
      this.view = null;
      this.render();
      root.append(el(root.ownerDocument, 'h2', { class: 'coverage-title' }, t(this.opts.lang, 'coverageTitle')));
      this.progress = new ProgressBar(this.opts.lang, 'coveragePreparing', 'coverage-progress');
      this.progress.onAdd(root);
      root.hidden = false;
    }
    this.fraction = fraction;
    this.progress.set(fraction);
  }

  private dropProgress(): void {
    this.progress?.onRemove();
    this.progress = null;
  }

  setLang(lang: Lang): void {
    this.opts = { ...this.opts, lang };
    if (this.progress) {
      this.dropProgress();
      this.showProgress(this.fraction);
    }
    else this.render();
  }

  private zoomToGap(index: number): void {
    const gap = this.view?.result.gaps[index];
    if (!gap) return;
    const xs = gap.coordinates.map((c) => c[0]);
    const ys = gap.coordinates.map((c) => c[1]);
    this.opts.onZoom([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)]);
  }

  private render(): void {
    const root = this.root;
    if (!root) return;
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.urls = [];
    root.hidden = this.view === null;
    const doc = root.ownerDocument;
    const { lang } = this.opts;
    if (!this.view) return void root.replaceChildren();
    const { result: r, communes, flagged, groupName, areaName, measured } = this.view;
    const km = (v: number) => formatNumber(lang, v, 1);
    const pct = (part: number, whole: number) => formatNumber(lang, whole > 0 ? (100 * part) / whole : 0, 1);
    const link = (id: string, text: string) => el(doc, 'button', { type: 'button', class: 'link', 'data-select': id }, text);
    const download = (name: string, table: keyof CoverageView['csv'], label: string) =>
      el(doc, 'a', { href: '#', download: name, class: 'coverage-csv', 'data-csv': table }, label);
    const parts: (Node | null)[] = [
      el(doc, 'h2', { class: 'coverage-title' }, t(lang, 'coverageTitle')),
      el(doc, 'p', { class: 'coverage-headline', 'data-covered-km': r.coveredKm.toFixed(3) },
        t(lang, 'coverageHeadline', { r: r.radiusKm, covered: km(r.coveredKm), total: km(r.totalKm), pct: pct(r.coveredKm, r.totalKm) })),
      r.groups.length > 1
        ? el(doc, 'ul', { class: 'coverage-groups', 'aria-label': t(lang, 'coverageByProvince') },
          ...r.groups.map((g) => el(doc, 'li', { 'data-group': g.group }, `${groupName(g.group)}: ${km(g.coveredKm)} / ${km(g.totalKm)} km (${pct(g.coveredKm, g.totalKm)}%)`)))
        : null,
      el(doc, 'div', { class: 'coverage-note' },
        el(doc, 'p', {}, t(lang, 'coverageMeasures')),
        el(doc, 'ul', { class: 'coverage-measured' }, ...measured.provinces.filter((p) => p.drawnKm !== null).map((p) => el(doc, 'li', {},
          t(lang, p.publishedKm === null ? 'coverageDrawnNoCount' : 'coverageDrawnLine', { province: p.name, drawn: km(p.drawnKm as number), published: km(p.publishedKm ?? 0), placed: p.placed }),
          p.notPlaced === null ? `; ${t(lang, 'coverageNoStationCount')}` : p.notPlaced > 0 ? `; ${t(lang, 'coverageNotPlaced', { n: p.notPlaced })}` : ''))),
        measured.coastal > 0 ? el(doc, 'p', {}, t(lang, 'coastalNotCounted')) : null,
        el(doc, 'p', {}, t(lang, 'coverageNote'))),
      el(doc, 'p', { class: 'coverage-downloads' }, t(lang, 'downloadCsv'), ' ',
        download(`coverage-${r.radiusKm}km.csv`, 'summary', t(lang, 'csv.summary')), ' · ',
        download(`sectors-${r.radiusKm}km.csv`, 'sectors', t(lang, 'csv.sectors')), ' · ',
        download(`gaps-${r.radiusKm}km.csv`, 'gaps', t(lang, 'csv.gaps'))),
      el(doc, 'h3', {}, t(lang, 'gaps', { n: r.gaps.length })),
      r.gaps.length === 0 ? el(doc, 'p', {}, t(lang, 'noGaps')) : el(doc, 'ol', { class: 'coverage-gaps' }, ...r.gaps.map((g, i) => el(doc, 'li', {},
        el(doc, 'button', { type: 'button', class: 'link', 'data-gap': i }, t(lang, 'gapItem', { km: km(g.km), far: km(g.farthestKm) })),
        r.stations[g.nearest] ? el(doc, 'div', {}, t(lang, 'gapNearest', { station: r.stations[g.nearest]!.station.name, km: km(g.nearestKm) })) : null,
        g.areas.length > 0 ? el(doc, 'div', {}, t(lang, 'gapCommunes', { names: g.areas.map(areaName).join(', ') })) : null,
      ))),
      el(doc, 'h3', {}, t(lang, 'flaggedCommunes', { n: flagged.length })),
      el(doc, 'p', { class: 'coverage-note' }, t(lang, 'flaggedNote', { drawn: measured.twinsDrawn, published: measured.twinsPublished })),
      flagged.length === 0 ? el(doc, 'p', {}, t(lang, 'noFlagged')) : el(doc, 'ul', { class: 'coverage-flagged' },
        ...flagged.map((c) => el(doc, 'li', {}, link(c.id, c.name), ` · ${t(lang, 'nearestStationKm').toLowerCase()} ${km(c.nearestKm)} km`))),
      el(doc, 'details', { class: 'coverage-sectors' },
        el(doc, 'summary', {}, t(lang, 'sectors')),
        table(doc, [t(lang, 'kind.station'), t(lang, 'sectorKm'), t(lang, 'coveredKm')],
          r.stations.map((s) => [link(s.station.id, s.station.name), `${km(s.sectorKm)} km`, `${km(s.coveredKm)} km`]))),
      this.communesTable(communes, () => table(doc, [t(lang, 'kind.commune'), t(lang, 'nearestStationKm'), t(lang, 'borderKmEst'), t(lang, 'twinCount')],
        communes.map((c) => [link(c.id, c.name), `${km(c.nearestKm)} km`, c.borderKm === null ? '—' : `${km(c.borderKm)} km`, String(c.twins)]))),
    ];
    root.replaceChildren(...parts.filter((p): p is Node => p !== null));
  }

  /**
   * Every border commune, in a <details> whose table does not change with the
   * radius: built when first opened (a thousand rows at national size) and
   * kept, open or closed as the reader left it, across the slider's steps,
   * until the dataset or the language changes.
   */
  private communesTable(communes: CommuneCoverage[], rows: () => HTMLElement): HTMLElement {
    const kept = this.kept;
    if (kept && kept.communes === communes && kept.lang === this.opts.lang) return kept.node;
    const doc = this.root!.ownerDocument;
    const node = el(doc, 'details', { class: 'coverage-communes' }, el(doc, 'summary', {}, t(this.opts.lang, 'allCommunes', { n: communes.length })));
    const fill = () => {
      if (node.open && node.childElementCount === 1) node.append(rows());
    };
    kept?.off();
    this.kept = { communes, lang: this.opts.lang, node, off: listen(node, 'toggle', fill) };
    return node;
  }

  onRemove(): void {
    this.dropProgress();
    for (const off of this.off) off();
    this.off = [];
    for (const url of this.urls) URL.revokeObjectURL(url);
    this.root?.remove();
    this.root = null;
    this.kept?.off();
    this.kept = null;
  }
}

function table(doc: Document, head: string[], rows: (string | Node)[][]): HTMLTableElement {
  return el(doc, 'table', { class: 'coverage-table' },
    el(doc, 'thead', {}, el(doc, 'tr', {}, ...head.map((h) => el(doc, 'th', { scope: 'col' }, h)))),
    el(doc, 'tbody', {}, ...rows.map((cells) => el(doc, 'tr', {}, ...cells.map((c) => el(doc, 'td', {}, c))))),
  );
}
