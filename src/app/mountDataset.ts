import type { Dataset } from '../data/types.ts';
import type { FileReport } from '../validate/FileReport.ts';
import type { MapController } from '../map/createMap.ts';
import { DEFAULT_STATE, type AppState, type Lang } from '../state/schema.ts';
import type { Ignored } from '../state/url.ts';
import { findArea } from '../stats/findArea.ts';
import { buildChoropleth } from '../stats/buildChoropleth.ts';
import { statOptions } from '../stats/communeValues.ts';
import type { LayoutSlots } from '../ui/AppLayout.ts';
import { Legend } from '../ui/Legend.ts';
import { MapControls } from '../ui/MapControls.ts';
import { Panel } from '../ui/Panel.ts';
import { Announcer } from '../ui/Announcer.ts';
import { SearchBox } from '../ui/SearchBox.ts';
import { searchIndex } from '../stats/searchAreas.ts';
import { CoverageControl } from '../ui/CoverageControl.ts';
import { countSchematic } from '../data/countSchematic.ts';
import { toUnits2025 } from '../units/toUnits2025.ts';
import { selectIn } from '../units/selectIn.ts';
import { Briefings } from './Briefings.ts';
import { Coverage } from './Coverage.ts';
import { Embedding } from './Embedding.ts';
import { Exporter } from './Exporter.ts';
import { Imports } from './Imports.ts';
import type { BorderAtlasHandle } from './startApp.ts';

/** What mounting needs of the app around it: where, the one state, and the one way to change it. */
export interface MountContext {
  root: HTMLElement;
  win: Window & { borderAtlas?: BorderAtlasHandle };
  /** The map is the page (not one element of it): it may expose itself on window and talk to a parent frame. */
  ownsPage: boolean;
  getState(): AppState;
  /** Corrects the state before anything is drawn (a statistic the dataset lacks). */
  setState(next: AppState): void;
  apply(next: AppState, history: 'push' | 'replace' | 'none'): void;
  select(id: string | null): void;
  /** The line saying the data is not the site's own (see DatasetBanner), or null for the site's own data. */
  datasetNotice: ((lang: Lang) => string) | null;
  /** Tells the reader what of the link this dataset has no use for (an area or statistic it lacks). */
  ignore(items: Ignored[]): void;
}

/** The parts drawn for one loaded dataset: they follow each state change, and go together. */
export interface Loaded {
  update(prev: AppState, next: AppState, fromUser: boolean): void;
  remove(): void;
}

/**
 * Draws a loaded dataset: controls, legend, panels, coverage, files,
 * export, briefings and embedding around the map, and returns how they
 * follow the state(). `reports` are the dataset's own files that had errors,
 * shown in the file check beside the map.
 */
export function mountDataset(ctx: MountContext, base: Dataset, slots: LayoutSlots, map: MapController, reports: FileReport[] = []): Loaded {
  const { root, win, apply, select } = ctx;
  // The state is read afresh at every use: handlers run long after mounting.
  const state = (): AppState => ctx.getState();
  // base: as loaded; opened: with the user's files joined in; dataset: in the units chosen.
  let opened = base;
  const inUnits = (d: Dataset) => (state().units === 'post2025' ? toUnits2025(d) : d);
  let dataset = inUnits(opened);
  const options = statOptions(dataset);
  if (!options.some((o) => o.stat === state().stat)) {
    const used = options[0]?.stat ?? state().stat;
    // The default missing from a dataset is the dataset's business; a statistic a link named is the reader's.
    if (state().stat !== DEFAULT_STATE.stat) ctx.ignore([{ key: 'stat', value: state().stat, used }]);
    ctx.setState({ ...state(), stat: used });
  }
  const asked = state().select;
  if (asked !== null && !findArea(dataset, asked)) ctx.ignore([{ key: 'select', value: asked, used: null }]);
  let choropleth = buildChoropleth(dataset, state().stat);
  const controls = new MapControls({
    lang: state().lang, layers: state().layers, stat: state().stat, statOptions: options, units: state().units,
    onLayers: (layers) => apply({ ...state(), layers }, 'replace'),
    onStat: (stat) => apply({ ...state(), stat }, 'replace'),
    onUnits: (units) => apply({ ...state(), units, select: selectIn(opened, state().select, units) }, 'push'),
  });
  controls.onAdd(slots.controls);
  const coverageControl = new CoverageControl({
    lang: state().lang, on: state().coverage, radius: state().radius,
    onToggle: (on) => apply({ ...state(), coverage: on }, 'push'),
    // Dragging redraws at each step; the URL is written once, when the slider is let go.
    onRadius: (radius, final) => apply({ ...state(), radius }, final ? 'replace' : 'none'),
  });
  coverageControl.onAdd(slots.controls);
  const legend = new Legend(state().lang, choropleth, countSchematic(dataset.communes.features));
  legend.onAdd(slots.legend);
  legend.setCoverage(state().coverage);
  const announcer = new Announcer();
  announcer.onAdd(slots.stage);
  const panel = new Panel({ dataset, lang: state().lang, onSelect: select, announce: (text) => announcer.say(text) });
  panel.onAdd(slots.side);
  panel.show(state().select);
  // The header's search (its slot is the toolbar's): any area or station of this dataset, by name.
  const search = new SearchBox({ lang: state().lang, entries: searchIndex(dataset), onPick: select });
  search.onAdd(root.querySelector<HTMLElement>('.toolbar-search') ?? slots.header);
  const coverage = new Coverage(dataset, map, slots.side, { on: state().coverage, radius: state().radius, lang: state().lang }, select, (r) => panel.setCoverage(r));
  panel.setCoverage(coverage.result);
  /** Everything that draws the dataset, after files were opened or the units switched. */
  const redraw = () => {
    dataset = inUnits(opened);
    choropleth = buildChoropleth(dataset, state().stat);
    map.setDataset(dataset, choropleth);
    panel.setDataset(dataset);
    search.setEntries(searchIndex(dataset));
    legend.update(state().lang, choropleth, countSchematic(dataset.communes.features));
    controls.update({ statOptions: statOptions(dataset) });
    coverage.setDataset(dataset);
    panel.setCoverage(coverage.result);
  };
  const imports = new Imports({
    base, lang: state().lang, storage: browserStorage(win),
    onDataset: (next) => {
      opened = next;
      redraw();
    },
    onZoom: (bbox) => map.showBbox(bbox),
  });
  imports.onAdd(slots);
  if (reports.length > 0) imports.showDatasetReports(reports);
  const exporter = new Exporter({
    dataset: () => dataset, map, legend: () => legend.model, getState: () => state(),
    // The page says so in a banner; an image leaves the page, so it says so itself.
    notice: () => ctx.datasetNotice?.(state().lang) ?? null,
  });
  exporter.onAdd(slots);
  const briefings = new Briefings({
    dataset, map, root, storage: browserStorage(win), exporter,
    // The folder as the browser resolves it: two sites' "data/demo" are different datasets, and a dataset's own id proves nothing.
    location: new URL(state().dataset.replace(/\/?$/, '/'), win.document.baseURI).href,
    getState: () => state(),
    apply,
    ignore: ctx.ignore,
  });
  briefings.onAdd(slots);
  performance.mark('ba:style');
  map.show({ dataset, lang: state().lang, layers: state().layers, choropleth, selected: state().select, padding: overlayPadding(slots), camera: state().camera });
  // Idle once the coverage view, prepared in a worker, has its figures drawn too.
  if (ctx.ownsPage) win.borderAtlas = { project: (lngLat) => map.project(lngLat), idle: () => coverage.settled().then(() => map.idle()) };
  const embedding = new Embedding({ root, win, bridge: ctx.ownsPage, title: () => dataset.manifest.title[state().lang], datasetNotice: ctx.datasetNotice, getState: () => state(), apply });
  embedding.onAdd(slots);
  // With the coverage view on, ready means its figures drawn too: they come from a worker, maybe after the first idle.
  const drawn = Promise.all([map.ready, coverage.settled()]).then(() => (state().coverage ? map.idle() : undefined));
  void drawn.then(() => {
    performance.mark('ba:idle');
    root.setAttribute('data-map-ready', '');
    embedding.ready();
    // A link that opens a presentation: its slide's camera goes over the fitted view.
    briefings.update(null, state());
  });
  return {
    update(prev, next, fromUser) {
      if (next.units !== prev.units) redraw();
      if (next.camera && next.camera !== prev.camera) map.setCamera(next.camera);
      embedding.update(prev, next);
      if (next.stat !== prev.stat) choropleth = buildChoropleth(dataset, next.stat);
      if (next.stat !== prev.stat) map.setChoropleth(choropleth);
      if (next.layers.join() !== prev.layers.join()) map.setLayers(next.layers);
      if (next.select !== prev.select) {
        map.setSelected(next.select);
        // A slide's area opens without taking focus: no ring drawn round a hidden panel's heading while presenting.
        panel.show(next.select, fromUser && next.present === null);
      }
      if (next.lang !== prev.lang) {
        map.setLang(next.lang);
        panel.setLang(next.lang);
        search.setLang(next.lang);
        imports.setLang(next.lang);
      }
      if (next.lang !== prev.lang || next.stat !== prev.stat) legend.update(next.lang, choropleth);
      if (next.coverage !== prev.coverage || next.radius !== prev.radius || next.lang !== prev.lang) {
        coverage.update({ on: next.coverage, radius: next.radius, lang: next.lang });
        coverageControl.update({ on: next.coverage, radius: next.radius, lang: next.lang });
        panel.setCoverage(coverage.result);
        legend.setCoverage(next.coverage);
      }
      controls.update({ lang: next.lang, layers: next.layers, stat: next.stat, units: next.units });
      if (next.lang !== prev.lang) {
        briefings.setLang(next.lang);
        exporter.setLang(next.lang);
      }
      embedding.changed(next);
      // Last: a slide change applies the slide's keys (deferred), after everything here has caught up.
      briefings.update(prev, next);
    },
    remove() {
      map.remove();
      controls.onRemove();
      imports.onRemove();
      briefings.onRemove();
      exporter.onRemove();
      embedding.onRemove();
      coverage.onRemove();
      coverageControl.onRemove();
      legend.onRemove();
      panel.onRemove();
      announcer.onRemove();
      search.onRemove();
      root.removeAttribute('data-map-ready');
      if (ctx.ownsPage) delete win.borderAtlas;
    },
  };
}

/** localStorage, or null where the browser refuses it (private modes, sandboxed frames). */
function browserStorage(win: Window): Storage | null {
  try {
    return win.localStorage;
  } catch {
    return null;
  }
}

/** Keeps fitted views clear of the controls and legend that float over the map's left side. */
function overlayPadding(slots: LayoutSlots): { top: number; right: number; bottom: number; left: number } {
  const width = slots.map.clientWidth;
  const left = Math.min(Math.max(slots.controls.offsetWidth, slots.legend.offsetWidth) + 30, width * 0.4);
  return { top: 30, right: 60, bottom: 40, left: Number.isFinite(left) ? left : 30 };
}
