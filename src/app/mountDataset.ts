import type { Dataset } from '../data/types.ts';
import type { Figures } from '../data/loadDataset.ts';
import type { FileReport } from '../validate/FileReport.ts';
import type { MapController } from '../map/createMap.ts';
import { DEFAULT_STATE, type AppState, type Lang } from '../state/schema.ts';
import type { Ignored } from '../state/url.ts';
import { findArea } from '../stats/findArea.ts';
import { buildChoropleth } from '../stats/buildChoropleth.ts';
import { statOptions } from '../stats/communeValues.ts';
import { periodShown, statPeriods } from '../stats/statPeriods.ts';
import { PeriodControl } from '../ui/PeriodControl.ts';
import type { LayoutSlots } from '../ui/AppLayout.ts';
import { Legend } from '../ui/Legend.ts';
import { basemapKeys } from '../ui/legendModel.ts';
import { MapControls } from '../ui/MapControls.ts';
import { Panel } from '../ui/Panel.ts';
import { Announcer } from '../ui/Announcer.ts';
import { SearchBox } from '../ui/SearchBox.ts';
import { searchIndex } from '../stats/searchAreas.ts';
import { memoByObject } from '../data/memoByObject.ts';
import { CoverageControl } from '../ui/CoverageControl.ts';
import { countSchematic } from '../data/countSchematic.ts';
import { selectIn } from '../units/selectIn.ts';
import { ToolSlot } from '../ui/ToolSlot.ts';
import { toolOnUse } from './toolOnUse.ts';
import { t } from '../i18n/t.ts';
import type { Coverage } from './Coverage.ts';
import { Embedding } from './Embedding.ts';
import type { Imports } from './Imports.ts';
import { FeatureLoader, loadUnits2025, units2025 } from './lazy.ts';
import type { BorderAtlasHandle } from './BorderAtlasHandle.ts';

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
  /** Asks for the figures still to come, if not asked for yet: the first view is drawn, or it or the reader needs them. */
  askFigures(): void;
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
 * shown in the file check beside the map. `figures`, when given, are the
 * activity records and briefings still on their way (`base` has none yet):
 * the map draws its layers at once and the figures join when they come.
 */
export function mountDataset(ctx: MountContext, loadedBase: Dataset, slots: LayoutSlots, map: MapController, reports: FileReport[] = [], figures: Promise<Figures> | null = null): Loaded {
  const { root, win, apply, select } = ctx;
  // The state is read afresh at every use: handlers run long after mounting.
  const state = (): AppState => ctx.getState();
  // Export, briefings, coverage, the 2025 units and opened files load their code when first used (see lazy.ts).
  const features = new FeatureLoader(slots.status, () => state().lang);
  let removed = false;
  // base: as loaded (its figures joined when they come); opened: with the user's files joined in; dataset: in the units chosen.
  let base = loadedBase;
  let opened = base;
  let figuresIn = figures === null;
  // startApp loads the 2025 units' code before mounting when the link asks for them.
  const inUnits = (d: Dataset) => {
    const convert = units2025();
    return state().units === 'post2025' && convert ? convert(d) : d;
  };
  /** The units' code first, then the switch: the map never shows one unit system under the other's name. */
  const switchUnits = (units: AppState['units']) => {
    const ready = units === 'post2025' ? features.load('featureUnits2025', loadUnits2025, () => switchUnits(units)) : Promise.resolve();
    // Failed, the switch shows the units still drawn; the notice over the map says why and offers a retry.
    ready.then(() => apply({ ...state(), units, select: selectIn(opened, state().select, units) }, 'push'), () => controls.update({ units: state().units }));
  };
  let dataset = inUnits(opened);
  const options = statOptions(dataset);
  // A statistic or period the link asks for may be among the figures still to come: judged once they are in.
  const checkAsked = () => {
    const known = statOptions(dataset);
    if (!known.some((o) => o.stat === state().stat)) {
      const used = known[0]?.stat ?? state().stat;
      // The default missing from a dataset is the dataset's business; a statistic a link named is the reader's.
      if (state().stat !== DEFAULT_STATE.stat) ctx.ignore([{ key: 'stat', value: state().stat, used }]);
      ctx.setState({ ...state(), stat: used });
    }
    const askedPeriod = state().period;
    if (askedPeriod !== null && periodShown(statPeriods(dataset, state().stat), askedPeriod) === null) {
      ctx.ignore([{ key: 'period', value: askedPeriod, used: null }]);
      ctx.setState({ ...state(), period: null });
    }
  };
  // What the link asks to see that needs the figures: colours by an activity metric, an area's panel, a presentation.
  const firstViewNeedsFigures = !figuresIn && (!options.some((o) => o.stat === state().stat) || state().select !== null || state().present !== null);
  if (figuresIn) checkAsked();
  if (firstViewNeedsFigures) ctx.askFigures();
  // A period kept from another statistic, a slide or the host page's API shows as all periods rather than as an empty map.
  const period = (s: AppState = state()) => periodShown(statPeriods(dataset, s.stat), s.period);
  const asked = state().select;
  if (asked !== null && !findArea(dataset, asked)) ctx.ignore([{ key: 'select', value: asked, used: null }]);
  let choropleth = buildChoropleth(dataset, state().stat, period());
  const controls = new MapControls({
    lang: state().lang, layers: state().layers, stat: state().stat, statOptions: options, units: state().units,
    onLayers: (layers) => apply({ ...state(), layers }, 'replace'),
    // The period stays when the new statistic has figures for it too.
    onStat: (stat) => apply({ ...state(), stat, period: periodShown(statPeriods(dataset, stat), state().period) }, 'replace'),
    onUnits: switchUnits,
  });
  controls.onAdd(slots.controls);
  const periodControl = new PeriodControl({
    lang: state().lang, periods: statPeriods(dataset, state().stat), period: period(),
    onPeriod: (p) => apply({ ...state(), period: p }, 'replace'),
  });
  periodControl.onAdd(controls.periodSlot ?? slots.controls);
  const coverageControl = new CoverageControl({
    lang: state().lang, on: state().coverage, radius: state().radius,
    onToggle: (on) => apply({ ...state(), coverage: on }, 'push'),
    // Dragging redraws at each step; the URL is written once, when the slider is let go.
    onRadius: (radius, final) => apply({ ...state(), radius }, final ? 'replace' : 'none'),
  });
  coverageControl.onAdd(slots.controls);
  const legend = new Legend(state().lang, choropleth, countSchematic(dataset.communes.features), basemapKeys(dataset.basemap));
  legend.onAdd(slots.legend);
  legend.setCoverage(state().coverage);
  const announcer = new Announcer();
  announcer.onAdd(slots.stage);
  const panel = new Panel({ dataset, lang: state().lang, period: period(), onSelect: select, announce: (text) => announcer.say(text), figures: figuresIn ? 'in' : 'loading' });
  panel.onAdd(slots.side);
  panel.show(state().select);
  // The header's search (its slot is the toolbar's): any area or station of this dataset, by name.
  // The index is made at the first search, for the dataset shown then.
  const searchEntries = () => searchIndexOf(dataset);
  const search = new SearchBox({ lang: state().lang, entries: searchEntries, onPick: select });
  search.onAdd(root.querySelector<HTMLElement>('.toolbar-search') ?? slots.header);
  // The coverage view's code and worker come when it is first switched on.
  const coverageSlot = new ToolSlot(null, () => {});
  coverageSlot.onAdd(slots);
  let coverage: Coverage | null = null;
  let coverageLoaded: Promise<void> = Promise.resolve();
  const loadCoverage = () => {
    coverageLoaded = features.load('featureCoverage', () => import('./Coverage.ts'), loadCoverage).then(({ Coverage }) => {
      if (removed || coverage) return;
      coverageSlot.mount((s) => {
        coverage = new Coverage(dataset, map, s.side, { on: state().coverage, radius: state().radius, lang: state().lang }, select, (r) => panel.setCoverage(r));
      }, false);
      panel.setCoverage(coverage!.result);
    }, () => {});
  };
  if (state().coverage) loadCoverage();
  const coverageSettled = () => coverageLoaded.then(() => coverage?.settled());
  /** Everything that draws the dataset, after files were opened or the units switched. */
  const redraw = () => {
    dataset = inUnits(opened);
    choropleth = buildChoropleth(dataset, state().stat, period());
    map.setDataset(dataset, choropleth);
    periodControl.update({ periods: statPeriods(dataset, state().stat), period: period() });
    panel.setPeriod(period());
    panel.setDataset(dataset);
    search.setEntries(searchEntries);
    legend.update(state().lang, choropleth, countSchematic(dataset.communes.features));
    controls.update({ statOptions: statOptions(dataset) });
    if (coverage) {
      coverage.setDataset(dataset);
      panel.setCoverage(coverage.result);
    }
  };
  /** The figures joined: everything that reads activity records draws again; the layers' sources stay as they are. */
  const joinFigures = (f: Figures) => {
    const filesOpened = opened !== base;
    base = { ...base, activity: f.activity, briefings: f.briefings };
    if (!filesOpened) opened = base;
    // Files opened meanwhile are joined to the whole dataset again (the map redraws then); until then they stay as drawn.
    imports?.setBase(base);
    dataset = inUnits(opened);
    figuresIn = true;
    checkAsked();
    choropleth = buildChoropleth(dataset, state().stat, period());
    map.setChoropleth(choropleth);
    periodControl.update({ periods: statPeriods(dataset, state().stat), period: period() });
    panel.setPeriod(period());
    panel.setFigures('in', dataset);
    legend.update(state().lang, choropleth);
    controls.update({ statOptions: statOptions(dataset), stat: state().stat });
    if (f.report.problems.some((p) => p.severity === 'error')) {
      reports = [...reports, f.report];
      imports?.showDatasetReports(reports);
    }
  };
  const figuresSettled: Promise<void> = (figures ?? Promise.resolve(null)).then((f) => {
    if (removed || f === null) return;
    joinFigures(f);
    performance.mark('ba:activity');
    ctx.root.setAttribute('data-figures-ready', '');
  }, () => {
    // The briefings file failed (startApp says so): the panel says the figures are not to come.
    if (removed) return;
    panel.setFigures('unavailable');
    ctx.root.setAttribute('data-figures-ready', '');
  });
  // Opening files: its code is fetched as soon as the map is asked to draw, beside the first frames rather than before them.
  const importSlot = new ToolSlot(null, () => {});
  importSlot.onAdd(slots);
  let imports: Imports | null = null;
  const importsLoaded = import('./Imports.ts').then(({ Imports }) => {
    if (removed) return;
    importSlot.mount((s) => {
      imports = new Imports({
        base, lang: state().lang, storage: browserStorage(win),
        onDataset: (next) => {
          opened = next;
          redraw();
        },
        onZoom: (bbox) => map.showBbox(bbox),
      });
      imports.onAdd(s);
      if (reports.length > 0) imports.showDatasetReports(reports);
    }, false);
  });
  // Export: its button at once, its code on the first click (or when briefings, which export, load).
  const exportSlot = new ToolSlot(t(state().lang, 'exportImage'), () => void exportTool.get(true).catch(() => {}));
  exportSlot.onAdd(slots);
  const exportTool = toolOnUse(exportSlot, (retry) => features.load('featureExport', () => import('./Exporter.ts'), retry), ({ Exporter }) => new Exporter({
    dataset: () => dataset, map, legend: () => legend.model, getState: () => state(),
    // The page says so in a banner; an image leaves the page, so it says so itself.
    notice: () => ctx.datasetNotice?.(state().lang) ?? null,
  }), () => removed);
  // Briefings: the same, and at once when a link opens a presentation.
  const briefingSlot = new ToolSlot(t(state().lang, 'briefing'), () => void briefingTool.get(true).catch(() => {}));
  briefingSlot.onAdd(slots);
  // The briefings are among the figures: the tool waits for them (a failed file leaves it with the ones saved in the browser).
  const briefingTool = toolOnUse(briefingSlot, (retry) => {
    ctx.askFigures();
    return Promise.all([features.load('featureBriefings', () => import('./Briefings.ts'), retry), exportTool.get(false), figuresSettled]);
  }, ([{ Briefings }, exporter]) => new Briefings({
    dataset, map, root, storage: browserStorage(win), exporter,
    // The folder as the browser resolves it: two sites' "data/demo" are different datasets, and a dataset's own id proves nothing.
    location: new URL(state().dataset.replace(/\/?$/, '/'), win.document.baseURI).href,
    getState: () => state(),
    apply,
    ignore: ctx.ignore,
  }), () => removed);
  /**
   * Follows the state into and out of presenting. Before the code came, only
   * the start of a presentation matters (a link's, at ready, or the history's):
   * it loads the code, then starts from the state of that moment, once.
   */
  let starting = false;
  const briefingsUpdate = (prev: AppState | null, next: AppState) => {
    const briefings = briefingTool.current();
    if (briefings) return briefings.update(prev, next);
    if (starting || next.present === null || (prev !== null && prev.present === next.present)) return;
    starting = true;
    void briefingTool.get(false).then((b) => {
      if (!removed && state().present !== null) b.update(null, state());
    }, () => {}).finally(() => { starting = false; });
  };
  // Before the map fits its first view: an embed's sheet, open for a linked area, is then there to keep clear of.
  const embedding = new Embedding({ root, win, bridge: ctx.ownsPage, title: () => dataset.manifest.title[state().lang], datasetNotice: ctx.datasetNotice, getState: () => state(), apply, features });
  embedding.onAdd(slots);
  performance.mark('ba:style');
  map.show({ dataset, lang: state().lang, layers: state().layers, choropleth, selected: state().select, camera: state().camera });
  // Idle once the coverage view, prepared in a worker, has its figures drawn too.
  if (ctx.ownsPage) win.borderAtlas = { project: (lngLat) => map.project(lngLat), idle: () => coverageSettled().then(() => map.idle()) };
  // With the coverage view on, ready means its figures drawn too: they come from a worker, maybe after the first idle.
  // Ready also means files can be opened: their code loads beside the first frames.
  // A first view that needs the figures (see firstViewNeedsFigures) is ready once they are drawn too; the others once the layers are.
  const drawn = Promise.all([map.ready, coverageSettled(), importsLoaded.catch(() => {}), firstViewNeedsFigures ? figuresSettled : null])
    .then(() => (state().coverage || firstViewNeedsFigures ? map.idle() : undefined));
  void drawn.then(() => {
    performance.mark('ba:idle');
    root.setAttribute('data-map-ready', '');
    ctx.askFigures();
    embedding.ready();
    // A link that opens a presentation: its slide's camera goes over the fitted view.
    briefingsUpdate(null, state());
  });
  return {
    update(prev, next, fromUser) {
      // An area opened, a statistic or period chosen or a presentation started before the first view is drawn: the figures are wanted now.
      if (next.select !== prev.select || next.stat !== prev.stat || next.period !== prev.period || next.present !== prev.present) ctx.askFigures();
      if (next.units !== prev.units) redraw();
      // Units asked for by a link or the history before their code came: drawn again once it has.
      if (next.units === 'post2025' && !units2025()) void features.load('featureUnits2025', loadUnits2025).then(() => { if (!removed && state().units === 'post2025') redraw(); }, () => {});
      if (next.camera && next.camera !== prev.camera) map.setCamera(next.camera);
      embedding.update(prev, next);
      const statOrPeriod = next.stat !== prev.stat || next.period !== prev.period;
      if (statOrPeriod) {
        choropleth = buildChoropleth(dataset, next.stat, period(next));
        map.setChoropleth(choropleth);
        panel.setPeriod(period(next));
      }
      if (statOrPeriod || next.lang !== prev.lang) periodControl.update({ lang: next.lang, periods: statPeriods(dataset, next.stat), period: period(next) });
      if (next.layers.join() !== prev.layers.join()) map.setLayers(next.layers);
      if (next.select !== prev.select) {
        // The sheet first: the view fitted to the area keeps clear of it.
        // A slide's area opens without taking focus: no ring drawn round a hidden panel's heading while presenting.
        panel.show(next.select, fromUser && next.present === null);
        map.setSelected(next.select);
      }
      if (next.lang !== prev.lang) {
        map.setLang(next.lang);
        panel.setLang(next.lang);
        search.setLang(next.lang);
        imports?.setLang(next.lang);
      }
      if (next.lang !== prev.lang || statOrPeriod) legend.update(next.lang, choropleth);
      if (next.coverage !== prev.coverage || next.radius !== prev.radius || next.lang !== prev.lang) {
        if (coverage) coverage.update({ on: next.coverage, radius: next.radius, lang: next.lang });
        else if (next.coverage) loadCoverage();
        coverageControl.update({ on: next.coverage, radius: next.radius, lang: next.lang });
        panel.setCoverage(coverage?.result ?? null);
        legend.setCoverage(next.coverage);
      }
      controls.update({ lang: next.lang, layers: next.layers, stat: next.stat, units: next.units });
      if (next.lang !== prev.lang) {
        briefingTool.current()?.setLang(next.lang);
        exportTool.current()?.setLang(next.lang);
        exportSlot.setLabel(t(next.lang, 'exportImage'));
        briefingSlot.setLabel(t(next.lang, 'briefing'));
      }
      embedding.changed(next);
      // Last: a slide change applies the slide's keys (deferred), after everything here has caught up.
      briefingsUpdate(prev, next);
    },
    remove() {
      removed = true;
      features.onRemove();
      map.remove();
      periodControl.onRemove();
      controls.onRemove();
      imports?.onRemove();
      briefingTool.current()?.onRemove();
      exportTool.current()?.onRemove();
      importSlot.onRemove();
      exportSlot.onRemove();
      briefingSlot.onRemove();
      embedding.onRemove();
      coverage?.onRemove();
      coverageSlot.onRemove();
      coverageControl.onRemove();
      legend.onRemove();
      panel.onRemove();
      announcer.onRemove();
      search.onRemove();
      root.removeAttribute('data-map-ready');
      root.removeAttribute('data-figures-ready');
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

/** A dataset's search index, made once per dataset. */
const searchIndexOf = memoByObject(searchIndex);
