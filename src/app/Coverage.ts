import type { Dataset } from '../data/types.ts';
import { flagged, type CommuneCoverage } from '../coverage/communeCoverage.ts';
import { gapsCsv, sectorsCsv, summaryCsv } from '../coverage/coverageCsv.ts';
import { coverageGeoJson } from '../coverage/coverageGeoJson.ts';
import { coverageRequest } from '../coverage/coverageRequest.ts';
import { coverageModel, type CoverageModel, type CoverageResult } from '../coverage/prepareCoverage.ts';
import { prepareForApp, type CoverageRequest, type PreparedCoverage } from '../coverage/prepareForApp.ts';
import { withOutlines } from '../coverage/withOutlines.ts';
import { drawnVsPublished } from '../stats/drawnVsPublished.ts';
import type { MapController } from '../map/createMap.ts';
import { RADIUS_MAX, type Lang } from '../state/schema.ts';
import { CoveragePanel, type CoverageView } from '../ui/CoveragePanel.ts';
import { coverageInWorker, type CoverageJob } from './coverageInWorker.ts';
import { afterFrame, nextTask } from './nextTask.ts';

export interface CoverageState {
  on: boolean;
  radius: number;
  lang: Lang;
}

/**
 * The coverage view: prepares the radius-independent part once per dataset
 * (when first asked for), in a worker, showing its progress meanwhile; then
 * on each radius recomputes the figures on the page, which takes
 * milliseconds, and hands them to the map and the panel.
 */
export class Coverage {
  private model: { model: CoverageModel; communes: CommuneCoverage[]; names: Map<string, string>; measured: CoverageView['measured'] } | null = null;
  private progress = 0;
  private job: (CoverageJob & { settled: Promise<void> }) | null = null;
  /** Changes handed to the map so far, and the one waiting for a frame (see setMap). */
  private mapChanges = 0;
  private mapLater: Promise<void> | null = null;
  private panel: CoveragePanel;
  private state: CoverageState;
  /** The latest figures, for the station panel. */
  result: CoverageResult | null = null;

  constructor(
    private dataset: Dataset, private map: MapController, side: HTMLElement, state: CoverageState, onSelect: (id: string) => void,
    /** Called when figures arrive later than the change that asked for them (the preparation finished). */
    private onResult: (result: CoverageResult | null) => void = () => {},
  ) {
    this.state = state;
    this.panel = new CoveragePanel({ lang: state.lang, onZoom: (b) => map.showBbox(b), onSelect });
    this.panel.onAdd(side);
    this.apply();
  }

  setDataset(dataset: Dataset): void {
    this.dataset = dataset;
    this.model = null;
    this.job?.cancel();
    this.job = null;
    this.apply();
  }

  update(state: CoverageState): void {
    const langChanged = state.lang !== this.state.lang;
    this.state = state;
    if (langChanged) this.panel.setLang(state.lang);
    this.apply();
  }

  /** Resolves once no preparation is under way and the map has the figures: the view shows them, or is off. */
  async settled(): Promise<void> {
    while (this.job || this.mapLater) await (this.job?.settled ?? this.mapLater);
  }

  onRemove(): void {
    this.job?.cancel();
    this.job = null;
    // A change waiting for a frame is dropped: the map may be gone by then.
    this.mapChanges++;
    this.mapLater = null;
    this.panel.onRemove();
  }

  /**
   * Hands the map its figures now, or (`later`) once the page has drawn a
   * frame: the figures' first showing fills the panel with up to ~2,000
   * elements at national size, and their style and layout (~40 ms) then
   * fell in the frame that also first draws the view on the map, one task
   * of 170-280 ms on software GL (docs/performance.md). A later change
   * drops a change still waiting.
   */
  private setMap(later: boolean, ...args: Parameters<MapController['setCoverage']>): void {
    const change = ++this.mapChanges;
    if (!later) {
      this.mapLater = null;
      this.map.setCoverage(...args);
      return;
    }
    const done = afterFrame().then(() => {
      if (change !== this.mapChanges) return;
      this.mapLater = null;
      this.map.setCoverage(...args);
    });
    this.mapLater = done;
  }

  private apply(firstFigures = false): void {
    if (!this.state.on) {
      this.result = null;
      this.setMap(false, null, []);
      this.panel.show(null);
      return;
    }
    if (!this.model) {
      this.result = null;
      this.setMap(false, null, []);
      this.start();
      return;
    }
    const { model, communes } = this.model;
    const r = model.at(this.state.radius);
    this.result = r;
    const blind = flagged(communes, this.state.radius);
    this.setMap(firstFigures, coverageGeoJson(model, r), blind.map((c) => c.id));
    const names = this.model.names;
    this.panel.show({
      result: r, communes, flagged: blind,
      groupName: (id) => names.get(id) ?? id,
      areaName: (id) => names.get(id) ?? id,
      csv: { summary: () => summaryCsv(r), sectors: () => sectorsCsv(r), gaps: () => gapsCsv(r) },
      measured: this.model.measured,
    });
  }

  /** Starts preparing the current dataset's coverage, unless that is under way. */
  private start(): void {
    if (!this.job) this.progress = 0;
    this.panel.showProgress(this.progress);
    if (this.job) return;
    const request = coverageRequest(this.dataset, window.location.href);
    const worker = coverageInWorker(request, (fraction) => {
      if (this.job !== job) return;
      this.progress = fraction;
      if (this.state.on) this.panel.showProgress(fraction);
    });
    const job: Coverage['job'] = {
      ...worker,
      settled: worker.prepared.then(
        (prepared) => this.finish(job, prepared),
        // A browser that cannot run the worker still gets the view, prepared on the page.
        (err: unknown) => (this.job === job && !(err instanceof Error && err.message === 'cancelled') ? preparedInPage(request).then((p) => this.finish(job, p)) : undefined),
      ),
    };
    this.job = job;
  }

  private async finish(job: Coverage['job'], prepared: PreparedCoverage): Promise<void> {
    if (this.job !== job) return;
    const model = coverageModel(prepared.data);
    // Province and commune ids are unique across a dataset: one table names both.
    const names = new Map<string, string>();
    for (const f of [...this.dataset.provinces.features, ...this.dataset.communes.features]) names.set(f.properties.id, f.properties.name);
    const measured = this.measured();
    // The page answers input between taking the worker's data in and drawing its figures: two tasks, not one long one.
    await nextTask();
    if (this.job !== job) return;
    this.job = null;
    this.model = { model, communes: prepared.communes, names, measured };
    this.apply(true);
    this.onResult(this.result);
    // The first calls run in the interpreter; warming up keeps the first slider drag smooth. One radius per task, so no task is long.
    for (const r of [1, 10, 25, RADIUS_MAX]) setTimeout(() => this.model?.model === model && model.at(r), 0);
  }

  /** What coverage measures per province (the drawn line, the placed stations) beside what the sources count. */
  private measured(): CoverageView['measured'] {
    const rows = this.dataset.provinces.features.map((p) => ({ name: p.properties.name, ...drawnVsPublished(this.dataset, p.properties) }));
    const twins = rows.flatMap((r) => r.twins);
    return {
      provinces: rows.map((r) => ({
        name: r.name, drawnKm: r.borderKm.drawnKm, publishedKm: r.borderKm.published?.value ?? null,
        placed: r.stations.placed.length, notPlaced: r.stations.notPlaced,
      })),
      coastal: rows.reduce((n, r) => n + r.stations.coastal.length, 0),
      twinsDrawn: twins.reduce((n, w) => n + w.drawn.length, 0),
      twinsPublished: twins.reduce((n, w) => n + (w.published?.value ?? 0), 0),
    };
  }
}

/** What the worker does, on the page: tiled communes' outlines fetched first, so the figures are the same. */
async function preparedInPage(req: CoverageRequest): Promise<PreparedCoverage> {
  return prepareForApp(req.outlines ? withOutlines(req, await (await fetch(req.outlines)).json()) : req);
}
