import { bbox as turfBbox, booleanPointInPolygon } from '@turf/turf';
import { isBorderCommune } from '../data/isBorderCommune.ts';
import type { Dataset } from '../data/types.ts';
import { communeCoverage, flagged, type CommuneCoverage } from '../coverage/communeCoverage.ts';
import { gapsCsv, sectorsCsv, summaryCsv } from '../coverage/coverageCsv.ts';
import { coverageGeoJson } from '../coverage/coverageGeoJson.ts';
import { haversineKm } from '../coverage/haversineKm.ts';
import { prepareCoverage, type CoverageModel, type CoverageResult, type PieceTagger } from '../coverage/prepareCoverage.ts';
import { countsForCoverage, stationsFrom } from '../coverage/Station.ts';
import { drawnVsPublished } from '../stats/drawnVsPublished.ts';
import type { MapController } from '../map/createMap.ts';
import type { Lang } from '../state/schema.ts';
import { CoveragePanel, type CoverageView } from '../ui/CoveragePanel.ts';

export interface CoverageState {
  on: boolean;
  radius: number;
  lang: Lang;
}

/**
 * The coverage view: prepares the radius-independent part once per dataset
 * (when first asked for), then on each radius recomputes the figures and
 * hands them to the map and the panel.
 */
export class Coverage {
  private model: { model: CoverageModel; communes: CommuneCoverage[] } | null = null;
  private panel: CoveragePanel;
  private state: CoverageState;
  /** The latest figures, for the station panel. */
  result: CoverageResult | null = null;

  constructor(private dataset: Dataset, private map: MapController, side: HTMLElement, state: CoverageState, onSelect: (id: string) => void) {
    this.state = state;
    this.panel = new CoveragePanel({ lang: state.lang, onZoom: (b) => map.showBbox(b), onSelect });
    this.panel.onAdd(side);
    this.apply();
  }

  setDataset(dataset: Dataset): void {
    this.dataset = dataset;
    this.model = null;
    this.apply();
  }

  update(state: CoverageState): void {
    const langChanged = state.lang !== this.state.lang;
    this.state = state;
    if (langChanged) this.panel.setLang(state.lang);
    this.apply();
  }

  onRemove(): void {
    this.panel.onRemove();
  }

  private apply(): void {
    if (!this.state.on) {
      this.result = null;
      this.map.setCoverage(null, []);
      this.panel.show(null);
      return;
    }
    const { model, communes } = (this.model ??= this.prepare());
    const r = model.at(this.state.radius);
    this.result = r;
    const blind = flagged(communes, this.state.radius);
    this.map.setCoverage(coverageGeoJson(model, r), blind.map((c) => c.id));
    const d = this.dataset;
    this.panel.show({
      result: r, communes, flagged: blind,
      groupName: (id) => d.provinces.features.find((p) => p.properties.id === id)?.properties.name ?? id,
      areaName: (id) => d.communes.features.find((c) => c.properties.id === id)?.properties.name ?? id,
      csv: { summary: summaryCsv(r), sectors: sectorsCsv(r), gaps: gapsCsv(r) },
      measured: this.measured(),
    });
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

  private prepare(): { model: CoverageModel; communes: CommuneCoverage[] } {
    const d = this.dataset;
    const stations = stationsFrom(d.facilities.features.filter((f) => countsForCoverage(f.properties)));
    const model = prepareCoverage(d.borderLine.features, stations, communeTagger(d));
    // The first calls run in the interpreter; warming up here keeps the first slider drag smooth.
    for (const r of [1, 10, 25, 50]) model.at(r);
    return { model, communes: communeCoverage(d.communes.features.filter((c) => isBorderCommune(c.properties)), stations, d.twinPairs.features) };
  }
}

/** Tags a point of the border with the commune whose area holds it, else the province of the nearest commune centre. */
function communeTagger(d: Dataset): PieceTagger {
  const communes = d.communes.features.map((c) => ({ c, box: turfBbox(c) }));
  return (lon, lat) => {
    for (const { c, box } of communes) {
      if (lon < box[0] || lat < box[1] || lon > box[2] || lat > box[3]) continue;
      if (booleanPointInPolygon([lon, lat], c)) return { group: c.properties.provinceId, area: c.properties.id };
    }
    let best: (typeof communes)[number]['c'] | null = null;
    let bestKm = Infinity;
    for (const { c } of communes) {
      const km = haversineKm(lon, lat, c.properties.centre[0], c.properties.centre[1]);
      if (km < bestKm) {
        bestKm = km;
        best = c;
      }
    }
    return { group: best?.properties.provinceId ?? null, area: null };
  };
}
