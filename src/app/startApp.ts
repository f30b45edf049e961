import { loadDataset } from '../data/loadDataset.ts';
import type { Dataset } from '../data/types.ts';
import { createMap, type MapController } from '../map/createMap.ts';
import type { AppState } from '../state/schema.ts';
import { LocationSync } from '../state/locationSync.ts';
import { buildChoropleth } from '../stats/buildChoropleth.ts';
import { statOptions } from '../stats/communeValues.ts';
import { t } from '../i18n/t.ts';
import { AppLayout, type LayoutSlots } from '../ui/AppLayout.ts';
import { ErrorBox } from '../ui/ErrorBox.ts';
import { Header } from '../ui/Header.ts';
import { Imports } from './Imports.ts';
import { Briefings } from './Briefings.ts';
import { Exporter } from './Exporter.ts';
import { HostBridge, allowedOrigins } from './HostBridge.ts';
import { EmbedBar } from '../ui/EmbedBar.ts';
import { Sharing } from './Sharing.ts';
import { formatUrl } from '../state/url.ts';
import { Coverage } from './Coverage.ts';
import { CoverageControl } from '../ui/CoverageControl.ts';
import { toUnits2025 } from '../units/toUnits2025.ts';
import { selectIn } from '../units/selectIn.ts';
import { countSchematic } from '../data/countSchematic.ts';
import { Legend } from '../ui/Legend.ts';
import { MapControls } from '../ui/MapControls.ts';
import { Panel } from '../ui/Panel.ts';
import { ProgressBar } from '../ui/ProgressBar.ts';

/** What the page exposes to tests, screenshot tools and embedding pages. */
export interface BorderAtlasHandle {
  project(lngLat: [number, number]): { x: number; y: number };
  /** Resolves when the map has drawn every change made so far. */
  idle(): Promise<void>;
}

/**
 * Wires state, URL, data, map and panels. The state is the single source of
 * truth: every change goes through `apply`, which updates the URL and each
 * part that depends on the keys that changed.
 */
export function startApp(root: HTMLElement, win: Window & { borderAtlas?: BorderAtlasHandle }): void {
  const location = new LocationSync(win, (next) => apply(next, 'none'));
  let state = location.read();
  const layout = new AppLayout();
  const slots = layout.onAdd(root);
  const header = new Header(state.lang, (lang) => apply({ ...state, lang }, 'replace'));
  header.onAdd(slots.header);
  let loaded: Loaded | null = null;
  let bridge: HostBridge | null = null;
  root.classList.toggle('is-embed', state.embed);
  const select = (id: string | null) => apply({ ...state, select: id }, 'push');
  setDocumentLang();

  function setDocumentLang() {
    root.ownerDocument.documentElement.lang = state.lang;
    layout.setMapLabel(t(state.lang, 'mapLabel'));
  }

  function apply(next: AppState, history: 'push' | 'replace' | 'none') {
    const prev = state;
    state = next;
    if (history !== 'none') location.write(state, history);
    if (next.dataset !== prev.dataset) {
      loaded?.remove();
      loaded = null;
      void load();
      return;
    }
    if (next.lang !== prev.lang) {
      setDocumentLang();
      header.setLang(next.lang);
    }
    loaded?.update(prev, next, history !== 'none');
    bridge?.changed(state);
  }

  async function load() {
    const progress = new ProgressBar(state.lang);
    progress.onAdd(slots.status);
    // Filled in by onManifest, before the layers arrive.
    const started: { map?: MapController } = {};
    try {
      const dataset = await loadDataset(state.dataset, {
        onProgress: (f) => progress.set(f),
        onManifest: (manifest) => {
          started.map = createMap({
            container: slots.map, manifest, onSelect: select,
            onMove: (camera) => apply({ ...state, camera }, 'replace'),
            cooperativeGestures: state.embed,
          });
        },
      });
      if (!started.map) throw new Error(`${state.dataset}: the map did not start after its manifest loaded`);
      progress.onRemove();
      header.setManifest(dataset.manifest);
      loaded = mount(dataset, slots, started.map);
    } catch (err) {
      started.map?.remove();
      progress.onRemove();
      const box = new ErrorBox(state.lang, err instanceof Error ? err.message : String(err), () => {
        box.onRemove();
        void load();
      });
      box.onAdd(slots.status);
    }
  }

  interface Loaded {
    update(prev: AppState, next: AppState, fromUser: boolean): void;
    remove(): void;
  }

  function mount(base: Dataset, slots: LayoutSlots, map: MapController): Loaded {
    // base: as loaded; opened: with the user's files joined in; dataset: in the units chosen.
    let opened = base;
    const inUnits = (d: Dataset) => (state.units === 'post2025' ? toUnits2025(d) : d);
    let dataset = inUnits(opened);
    const options = statOptions(dataset);
    if (!options.some((o) => o.stat === state.stat)) state = { ...state, stat: options[0]?.stat ?? state.stat };
    let choropleth = buildChoropleth(dataset, state.stat);
    const controls = new MapControls({
      lang: state.lang, layers: state.layers, stat: state.stat, statOptions: options, units: state.units,
      onLayers: (layers) => apply({ ...state, layers }, 'replace'),
      onStat: (stat) => apply({ ...state, stat }, 'replace'),
      onUnits: (units) => apply({ ...state, units, select: selectIn(opened, state.select, units) }, 'push'),
    });
    controls.onAdd(slots.controls);
    const coverageControl = new CoverageControl({
      lang: state.lang, on: state.coverage, radius: state.radius,
      onToggle: (on) => apply({ ...state, coverage: on }, 'push'),
      // Dragging redraws at each step; the URL is written once, when the slider is let go.
      onRadius: (radius, final) => apply({ ...state, radius }, final ? 'replace' : 'none'),
    });
    coverageControl.onAdd(slots.controls);
    const legend = new Legend(state.lang, choropleth, countSchematic(dataset.communes.features));
    legend.onAdd(slots.legend);
    legend.setCoverage(state.coverage);
    const panel = new Panel({ dataset, lang: state.lang, onSelect: select });
    panel.onAdd(slots.side);
    panel.show(state.select);
    const coverage = new Coverage(dataset, map, slots.side, { on: state.coverage, radius: state.radius, lang: state.lang }, select);
    panel.setCoverage(coverage.result);
    /** Everything that draws the dataset, after files were opened or the units switched. */
    const redraw = () => {
      dataset = inUnits(opened);
      choropleth = buildChoropleth(dataset, state.stat);
      map.setDataset(dataset, choropleth);
      panel.setDataset(dataset);
      legend.update(state.lang, choropleth, countSchematic(dataset.communes.features));
      controls.update({ statOptions: statOptions(dataset) });
      coverage.setDataset(dataset);
      panel.setCoverage(coverage.result);
    };
    const imports = new Imports({
      base, lang: state.lang,
      onDataset: (next) => {
        opened = next;
        redraw();
      },
      onZoom: (bbox) => map.showBbox(bbox),
    });
    imports.onAdd(slots);
    const exporter = new Exporter({ dataset: () => dataset, map, legend: () => legend.model, getState: () => state });
    exporter.onAdd(slots);
    const briefings = new Briefings({
      dataset, map, root, storage: browserStorage(win), exporter,
      getState: () => state,
      apply,
    });
    briefings.onAdd(slots);
    map.show({ dataset, lang: state.lang, layers: state.layers, choropleth, selected: state.select, padding: overlayPadding(slots), camera: state.camera });
    win.borderAtlas = { project: (lngLat) => map.project(lngLat), idle: () => map.idle() };
    bridge = new HostBridge({ win, allowed: allowedOrigins(root.ownerDocument), getState: () => state, apply });
    const fullUrl = () => `${win.location.pathname}${formatUrl({ ...state, embed: false })}`;
    // Embedded, the panel opens when asked or when an area is chosen, and the full map is a link away.
    let sideOpen = state.embed && (state.panel || state.select !== null);
    root.classList.toggle('no-controls', !state.controls);
    const sharing = new Sharing(win, () => dataset.manifest.title[state.lang], () => state);
    sharing.onAdd(slots);
    const embedBar = new EmbedBar({
      lang: state.lang, title: dataset.manifest.title[state.lang], fullUrl: fullUrl(),
      onTogglePanel: () => setSide(!sideOpen),
    });
    const setSide = (open: boolean) => {
      sideOpen = open;
      root.classList.toggle('side-open', open);
      embedBar.update({ lang: state.lang, fullUrl: fullUrl() }, open);
    };
    embedBar.onAdd(slots.header);
    setSide(sideOpen);
    void map.ready.then(() => {
      root.setAttribute('data-map-ready', '');
      bridge?.ready();
      // A link that opens a presentation: its slide's camera goes over the fitted view.
      briefings.update(null, state);
    });
    return {
      update(prev, next, fromUser) {
        if (next.units !== prev.units) redraw();
        if (next.camera && next.camera !== prev.camera) map.setCamera(next.camera);
        setSide(sideOpen || (next.embed && next.select !== null && next.select !== prev.select));
        sharing.update(prev, next);
        if (next.stat !== prev.stat) choropleth = buildChoropleth(dataset, next.stat);
        if (next.stat !== prev.stat) map.setChoropleth(choropleth);
        if (next.layers.join() !== prev.layers.join()) map.setLayers(next.layers);
        if (next.select !== prev.select) {
          map.setSelected(next.select);
          panel.show(next.select, fromUser);
        }
        if (next.lang !== prev.lang) {
          map.setLang(next.lang);
          panel.setLang(next.lang);
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
        // Last: a slide change applies the slide's keys (deferred), after everything here has caught up.
        briefings.update(prev, next);
      },
      remove() {
        map.remove();
        controls.onRemove();
        imports.onRemove();
        briefings.onRemove();
        exporter.onRemove();
        embedBar.onRemove();
        sharing.onRemove();
        bridge?.remove();
        bridge = null;
        coverage.onRemove();
        coverageControl.onRemove();
        legend.onRemove();
        panel.onRemove();
        root.removeAttribute('data-map-ready');
        delete win.borderAtlas;
      },
    };
  }

  void load();
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
