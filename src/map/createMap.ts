import * as maplibregl from 'maplibre-gl';
import { attributionHtml } from './attributionHtml.ts';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Dataset, Manifest } from '../data/types.ts';
import type { Lang, MapView, ToggleLayer } from '../state/schema.ts';
import type { Choropleth } from '../stats/Choropleth.ts';
import { buildStyle, EMPTY } from './buildStyle.ts';
import { projectorStyle } from './projectorStyle.ts';
import type { SlideCamera } from '../briefing/Briefing.ts';
import { choroplethFills } from './choroplethColor.ts';
import { MapPicker } from './MapPicker.ts';
import { COVERAGE_LAYERS, FLAGGED_LAYER, MAP_LAYERS } from './layerIds.ts';
import type { CoverageLayers } from '../coverage/coverageGeoJson.ts';
import { resolveSymbols } from './resolveSymbols.ts';
import { renderImage, renderStyle, type RenderedMap } from './renderImage.ts';
import { findFeature } from './findFeature.ts';
import { featureTarget, type FeatureTarget } from './featureTarget.ts';
import { changedSources, paintOf, sourceData } from './sourceUpdates.ts';
import { viewLimits } from './viewLimits.ts';
import { foldAttribution } from './foldAttribution.ts';
import { registerPmtiles } from './registerPmtiles.ts';
import { preloadFonts } from './fontProtocol.ts';
import { CommuneMarks } from './CommuneMarks.ts';
import { markedCommunes } from './markedCommunes.ts';
import { setVisibility } from './setVisibility.ts';
import { whenIdle } from './whenIdle.ts';
import type { Padding } from '../geo/clearPadding.ts';

maplibregl.setWorkerUrl(workerUrl);

/**
 * Starts MapLibre's workers (their code fetched and compiled) before any map
 * exists, so they are ready when the map is made: called while a dataset's
 * files download and are checked.
 */
export function prewarmMap(): void {
  maplibregl.prewarm();
  preloadFonts();
}

/** Lets MapLibre's workers go once no map needs them: the app is removed from its page. */
export function coolMap(): void {
  maplibregl.clearPrewarmedResources();
}

export interface MapOptions {
  container: HTMLElement;
  /** Where the map opens and what it credits, known before the layers arrive. */
  manifest: Manifest;
  onSelect(id: string | null): void;
  /** Where the map looks after each move (the user's or the app's), for the URL. */
  onMove?(camera: MapView): void;
  /** Ctrl/⌘ + scroll to zoom and two fingers to pan, so an embedding page scrolls normally. */
  cooperativeGestures?: boolean;
  /**
   * Space taken now by whatever lies over the map's edges, px: every fitted
   * view (the dataset, an area, a slide, "show on map") keeps clear of it.
   * Asked at each fit, since drawers and sheets open and close.
   */
  padding(): Padding;
  /**
   * The edges of the map hidden now by a sheet that floats over it, px. The
   * rest is the view: its centre is the camera's centre in links and slides,
   * and an export draws it. None when not given.
   */
  cover?(): Padding;
}

export type MapTheme = 'default' | 'projector';

export type { Padding };

/** What the map draws once the dataset has loaded. */
export interface MapContent {
  dataset: Dataset;
  lang: Lang;
  layers: ToggleLayer[];
  choropleth: Choropleth;
  selected: string | null;
  /** The camera a link asked for; null fits the selection or the dataset. */
  camera: MapView | null;
}

export interface MapController {
  /** Draws a loaded dataset: the style, then the view fitted to it. */
  show(content: MapContent): void;
  /** Resolves on the first idle after show(), once every layer is added and drawn. */
  ready: Promise<void>;
  setLayers(layers: ToggleLayer[]): void;
  setLang(lang: Lang): void;
  setChoropleth(c: Choropleth): void;
  /** Redraws with changed data (files the user opened), keeping the camera. */
  setDataset(dataset: Dataset, choropleth: Choropleth): void;
  setSelected(id: string | null): void;
  /** Draws the coverage view (rings, covered border, sector splits, flagged communes), or hides it for null. */
  setCoverage(layers: CoverageLayers | null, flaggedIds: readonly string[]): void;
  /** Moves to a camera from the URL or the host page, unless the map is already there. */
  setCamera(camera: MapView): void;
  /** Sizes for a screen, or scaled up for a projector. */
  setTheme(theme: MapTheme): void;
  /** Where the map looks now, to capture as a slide. */
  getCamera(): { center: [number, number]; zoom: number; bearing: number; pitch: number };
  /** Flies to a slide's camera (jumps when reduced motion is asked for, or when not animated); an extent is fitted clear of `padding` when given. */
  goTo(camera: SlideCamera, animate: boolean, padding?: Padding): void;
  /**
   * Draws the current view again at another size, in a container the caller
   * made (hidden, sized width/pixelRatio × height/pixelRatio CSS px), with
   * everything the screen shows: colours, selection, coverage.
   */
  renderImage(container: HTMLElement, pixelRatio: number): Promise<RenderedMap>;
  /**
   * Draws another view of the same data (a slide's layers, colours,
   * selection and camera) the same way, without touching the screen map:
   * slide pictures. The coverage view is not drawn.
   */
  renderView(container: HTMLElement, pixelRatio: number, view: { layers: ToggleLayer[]; choropleth: Choropleth; selected: string | null; camera: SlideCamera; padding?: Padding }): Promise<RenderedMap>;
  /** Moves the camera to show an extent, clear of the overlays. */
  showBbox(bbox: [number, number, number, number]): void;
  /** The size of the map in view, CSS px: the container less what a sheet over it hides. */
  viewSize(): { width: number; height: number };
  /** Pixel position of a place in the map container. */
  project(lngLat: [number, number]): { x: number; y: number };
  /** Resolves when the map has drawn every change made so far. */
  idle(): Promise<void>;
  remove(): void;
}

/**
 * Makes the map on the dataset's extent, with no style: show() gives it the
 * dataset's, so its first frame draws the dataset. Without a style MapLibre
 * draws no frame, so the app makes it once the layers are in and a worker
 * checks them, when the page's thread has nothing else to do; an empty map's
 * frames, while the files downloaded, slowed the download and the checks on
 * 2 cores more than they saved (docs/performance.md).
 */
export function createMap(opts: MapOptions): MapController {
  const [w, s, e, n] = opts.manifest.bbox;
  registerPmtiles(opts.manifest);
  preloadFonts();
  const map = new maplibregl.Map({
    container: opts.container,
    bounds: [w, s, e, n],
    fitBoundsOptions: { padding: opts.padding() },
    maxBounds: viewLimits(opts.manifest.bbox),
    minZoom: 4,
    maxZoom: 13,
    attributionControl: false,
    cooperativeGestures: opts.cooperativeGestures ?? false,
    // Labels appear at once: a fade would redraw the whole map for 300 ms more, slow on software GL.
    fadeDuration: 0,
    // No preserveDrawingBuffer: with software GL it makes every frame copy the canvas back
    // (ReadPixels). Export reads pixels on 'render'.
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-right');
  // compact left unset: expanded on wide maps, a button on narrow ones where it would cover the map.
  map.addControl(new maplibregl.AttributionControl({ customAttribution: attributionHtml(opts.manifest.attribution) }), 'bottom-right');
  foldAttribution(map);
  resolveSymbols(map);
  /** How far the middle of the part in view lies from the canvas's middle, px. */
  const viewOffset = (): [number, number] => {
    const c = opts.cover?.() ?? { top: 0, right: 0, bottom: 0, left: 0 };
    return [(c.left - c.right) / 2, (c.top - c.bottom) / 2];
  };
  /** The place in the middle of the part in view: where the reader is looking. */
  const viewCenter = (): maplibregl.LngLat => {
    const { clientWidth: w, clientHeight: h } = map.getContainer();
    const [dx, dy] = viewOffset();
    return map.unproject([w / 2 + dx, h / 2 + dy]);
  };
  /** Puts `center` in the middle of the part in view. */
  const jumpInView = (center: [number, number], zoom: number) => {
    map.jumpTo({ center, zoom });
    const [dx, dy] = viewOffset();
    const { clientWidth: w, clientHeight: h } = map.getContainer();
    if (dx || dy) map.jumpTo({ center: map.unproject([w / 2 - dx, h / 2 - dy]) });
  };
  map.on('moveend', () => {
    // Before show() the map only waits for the data on the manifest's extent: not a view to keep.
    if (!content) return;
    const c = viewCenter();
    opts.onMove?.({ zoom: map.getZoom(), lat: c.lat, lon: c.lng });
  });

  let content: MapContent | null = null;
  let theme: MapTheme = 'default';
  /** The padding for a fit now; the map first takes its container's size, which a sheet opened just before may have changed. */
  const fitPadding = (): Padding => {
    const container = map.getContainer();
    const canvas = map.getCanvas();
    if (canvas.clientWidth !== container.clientWidth || canvas.clientHeight !== container.clientHeight) map.resize();
    return opts.padding();
  };
  // The selected, hovered and flagged communes' outlines.
  const marks = new CommuneMarks(map, opts.manifest);
  let lastCoverage: [CoverageLayers | null, readonly string[]] = [null, []];
  let sentSplits: CoverageLayers['splits'] | null = null;
  // A style built again (another theme, another dataset) shows the coverage view's layers as they are now.
  const styleOf = (c: MapContent, marked = marks.data) => {
    const style = buildStyle({ ...c, baseUrl: window.location.href, marks: marked, coverage: lastCoverage[0] !== null });
    return theme === 'projector' ? projectorStyle(style) : style;
  };
  // Each source's data as last handed to the map: a new dataset sends only the sources it changed.
  let shown = new Map<string, unknown>();
  /**
   * Applies a style as a diff, so sources, feature state and camera stay.
   * MapLibre's diff (style.setState) deep-copies the next style, inline
   * data included: a source with new data would then hold a copy of it
   * beside the page's (12 MB of a national page's heap for the communes).
   * Such sources go in empty, and get their data by setData, which keeps
   * the page's own objects; a source whose data is unchanged is left as
   * it is by the diff. A dataset's first style is loaded whole instead
   * (`whole`), which keeps the objects given with no empty round first:
   * that round cost a national start-up 1.7 s more to idle.
   */
  const restyle = (style: maplibregl.StyleSpecification, whole = false) => {
    if (whole) {
      map.setStyle(style, { diff: false });
      shown = sourceData(style);
      return;
    }
    const fresh = changedSources(shown, style);
    const isFresh = new Set(fresh.map(([id]) => id));
    const sources = Object.fromEntries(Object.entries(style.sources).map(([id, s]) => [id, isFresh.has(id) ? { ...s, data: EMPTY } : s]));
    map.setStyle({ ...style, sources } as maplibregl.StyleSpecification, { diff: true });
    const fill = () => {
      for (const [id, data] of fresh) (map.getSource(id) as maplibregl.GeoJSONSource | undefined)?.setData(data as GeoJSON.GeoJSON);
    };
    // A style not yet loaded cannot take a diff: MapLibre then loads the new one whole, a frame later.
    if (fresh.every(([id]) => map.getSource(id))) fill();
    else map.once('style.load', fill);
    shown = sourceData(style);
  };
  // Each commune's class colour as last set in its feature state: a new colouring sets only the communes whose colour changes.
  let fills = new Map<string, string>();
  // A commune's feature-state target: a tiled layer's also names the layer inside the tiles.
  const commune = (id: string) => featureTarget(opts.manifest, 'communes', id);
  const applyValues = (c: Choropleth) => {
    const next = choroplethFills(c);
    for (const id of fills.keys()) if (!next.has(id)) map.setFeatureState(commune(id), { fill: null });
    for (const [id, colour] of next) if (fills.get(id) !== colour) map.setFeatureState(commune(id), { fill: colour });
    fills = next;
  };

  // A commune's marks are the CommuneMarks'; other features keep theirs in their own source's feature state.
  const isCommune = (t: FeatureTarget) => t.source === 'communes';
  /** Moves a hover or selection mark from the feature `prev` to `next` (either may be none). */
  const moveMark = (mark: 'hover' | 'selected', prev: FeatureTarget | null, next: FeatureTarget | null) => {
    if (prev && !isCommune(prev)) map.setFeatureState(prev, { [mark]: false });
    marks.set(mark, next && isCommune(next) ? [next.id] : []);
    if (next && !isCommune(next)) map.setFeatureState(next, { [mark]: true });
  };
  const picker = new MapPicker(map, opts.onSelect, (prev, next) => moveMark('hover', prev, next));
  let selected: FeatureTarget | null = null;
  const select = (id: string | null, reveal = true) => {
    if (!content) return;
    const prev = selected;
    const found = id === null ? null : findFeature(content.dataset, id);
    selected = found && id !== null ? featureTarget(opts.manifest, found.source, id) : null;
    moveMark('selected', prev, selected);
    if (reveal && found?.bbox) revealBbox(map, found.bbox, fitPadding());
  };

  let resolveReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });

  // A whole style loads a frame later: what changes the style meanwhile (the figures joining, a click) waits for it.
  let styled = false;
  let held: (() => void)[] = [];
  const whenStyled = (change: () => void) => {
    if (styled) change();
    else held.push(change);
  };

  const controller: MapController = {
    ready,
    show(next) {
      content = next;
      styled = false;
      held = [];
      marks.setDataset(next.dataset);
      restyle(styleOf(next), true);
      fills = new Map();
      const start = () => {
        styled = true;
        applyValues(next.choropleth);
        select(next.selected, false);
        // A link with a camera opens there; one that names an area opens on that area; otherwise the whole dataset.
        const target = (next.selected && findFeature(next.dataset, next.selected)?.bbox) || next.dataset.manifest.bbox;
        if (next.camera) jumpInView([next.camera.lon, next.camera.lat], next.camera.zoom);
        else map.fitBounds(target, { padding: fitPadding(), maxZoom: 10, animate: false });
        controller.setCoverage(...lastCoverage);
        map.once('render', () => performance.mark('ba:first-render'));
        map.once('idle', () => resolveReady());
        for (const change of held.splice(0)) change();
      };
      // With a diff the sources exist at once; a replaced style adds them when it loads.
      if (map.getSource('communes')) start();
      else map.once('style.load', start);
    },
    setLayers(layers) {
      if (content) content = { ...content, layers };
      whenStyled(() => {
        for (const [key, ids] of Object.entries(MAP_LAYERS) as [ToggleLayer, readonly string[]][]) {
          for (const id of ids) setVisibility(map, id, layers.includes(key));
        }
      });
    },
    setLang(lang) {
      if (content) content = { ...content, lang };
      whenStyled(() => map.setLayoutProperty('countries-label', 'text-field', ['get', lang === 'vi' ? 'nameVi' : 'nameEn']));
    },
    setChoropleth(c) {
      if (content) content = { ...content, choropleth: c };
      // The paint expression stays (see choroplethColor): only the communes whose colour changes get a new feature state.
      whenStyled(() => applyValues(c));
    },
    setDataset(dataset, choropleth) {
      if (!styled) {
        whenStyled(() => controller.setDataset(dataset, choropleth));
        return;
      }
      if (!content) return;
      content = { ...content, dataset, choropleth };
      marks.setDataset(dataset);
      const style = styleOf(content);
      // Only the sources whose data is new get it, by setData: a whole-style diff compared every source in depth
      // (MapLibre's deepEqual has no shortcut for the same object), the country outlines too, for a file of three
      // stations: a long task of its own under software GL. Sources, feature state, coverage and camera stay. The
      // layers take the dataset only through the choropleth's colours (tests/unit/map/sourceUpdates.test.ts).
      const changed = changedSources(shown, style);
      if (changed.some(([id]) => !map.getSource(id))) {
        restyle(style);
        // The new style's coverage sources are empty and hidden: fill them again.
        sentSplits = null;
        controller.setCoverage(...lastCoverage);
      }
      else {
        for (const [id, data] of changed) (map.getSource(id) as maplibregl.GeoJSONSource).setData(data as GeoJSON.GeoJSON);
        shown = sourceData(style);
        map.setPaintProperty('communes-fill', 'fill-color', paintOf(style, 'communes-fill', 'fill-color') as maplibregl.DataDrivenPropertyValueSpecification<string>);
      }
      // Sources may be new (their feature state gone): every commune's colour is set again.
      fills = new Map();
      applyValues(choropleth);
      if (selected) select(selected.id, false);
    },
    setCoverage(layers, flaggedIds) {
      lastCoverage = [layers, flaggedIds];
      // Before the dataset's style is in, there are no layers to fill: start() applies it.
      if (!map.getLayer('coverage-border')) return;
      for (const id of COVERAGE_LAYERS) setVisibility(map, id, layers !== null);
      if (opts.manifest.tiles?.communes) setVisibility(map, FLAGGED_LAYER, layers !== null);
      if (layers) {
        (map.getSource('coverageBorder') as maplibregl.GeoJSONSource).setData(layers.border);
        (map.getSource('coverageRings') as maplibregl.GeoJSONSource).setData(layers.rings);
        // Splits do not move with the radius: sent to the map's worker again only when they are new.
        if (layers.splits !== sentSplits) (map.getSource('coverageSplits') as maplibregl.GeoJSONSource).setData(layers.splits);
        sentSplits = layers.splits;
      }
      marks.set('flagged', layers ? flaggedIds : []);
    },
    setCamera(camera) {
      const c = viewCenter();
      // The map's own moves come back as state: only a camera from elsewhere (a link, the host page) moves it.
      const same = Math.abs(map.getZoom() - camera.zoom) < 0.01 && Math.abs(c.lat - camera.lat) < 1e-5 && Math.abs(c.lng - camera.lon) < 1e-5;
      if (!same) jumpInView([camera.lon, camera.lat], camera.zoom);
    },
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      // A diff changes only sizes: sources, feature state and camera stay.
      whenStyled(() => {
        if (content) restyle(styleOf(content));
      });
    },
    getCamera() {
      const c = viewCenter();
      return { center: [c.lng, c.lat], zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
    },
    goTo(camera, animate, slidePadding) {
      const duration = animate && !window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 1500 : 0;
      const pad = fitPadding();
      // On a projector the slide's title sits over the top of the map: keep the view below it.
      const padding = slidePadding ?? (theme === 'projector' ? { ...pad, top: pad.top + 140, bottom: pad.bottom + 40 } : pad);
      if ('bbox' in camera) map.fitBounds(camera.bbox, { padding, maxZoom: 12, duration, essential: false });
      else map.flyTo({ ...camera, duration, essential: false, offset: viewOffset() });
    },
    renderImage(container, pixelRatio) {
      const states: (FeatureTarget & { state: Record<string, unknown> })[] = [
        ...[...fills].map(([id, fill]) => ({ ...commune(id), state: { fill } })),
        ...marks.states(),
        ...(selected && !isCommune(selected) ? [{ ...selected, state: { selected: true } }] : []),
      ];
      // What the reader sees: the map less the part under the sheet.
      const c = opts.cover?.() ?? { top: 0, right: 0, bottom: 0, left: 0 };
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      const corners: [number, number][] = [[c.left, c.top], [w - c.right, c.top], [w - c.right, h - c.bottom], [c.left, h - c.bottom]];
      const bounds = corners.reduce((b, p) => b.extend(map.unproject(p)), new maplibregl.LngLatBounds());
      return renderImage(map, container, pixelRatio, states, bounds);
    },
    renderView(container, pixelRatio, view) {
      if (!content) return Promise.reject(new Error('renderView: the map has no dataset yet'));
      const found = view.selected === null ? null : findFeature(content.dataset, view.selected);
      const picked = found && view.selected !== null ? featureTarget(opts.manifest, found.source, view.selected) : null;
      const target = picked && isCommune(picked) ? marks.target(picked.id) : picked;
      const style = styleOf({ ...content, layers: view.layers, choropleth: view.choropleth, selected: view.selected }, markedCommunes(content.dataset, view.selected === null ? [] : [view.selected]));
      const states = [
        ...[...choroplethFills(view.choropleth)].map(([id, fill]) => ({ ...commune(id), state: { fill } as Record<string, unknown> })),
        ...(target ? [{ ...target, state: { selected: true } }] : []),
      ];
      const camera = 'bbox' in view.camera ? { bounds: view.camera.bbox, ...(view.padding ? { padding: view.padding } : {}) } : view.camera;
      return renderStyle(style, camera, container, pixelRatio, states);
    },
    showBbox(bbox) {
      if (content) revealBbox(map, bbox, fitPadding(), true);
    },
    setSelected: (id) => whenStyled(() => select(id)),
    viewSize() {
      const c = opts.cover?.() ?? { top: 0, right: 0, bottom: 0, left: 0 };
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      return { width: w - c.left - c.right, height: h - c.top - c.bottom };
    },
    project(lngLat) {
      const p = map.project(lngLat);
      return { x: p.x, y: p.y };
    },
    idle() {
      return whenIdle(map, (f) => requestAnimationFrame(f));
    },
    remove() {
      picker.remove();
      map.remove();
    },
  };
  return controller;
}

/**
 * Moves the camera only when the selection is not already in the clear part
 * of the view (inside the padding), so clicking on the map never jumps it;
 * `always` zooms in anyway, for "show on map".
 */
function revealBbox(map: maplibregl.Map, [w, s, e, n]: [number, number, number, number], pad: Padding, always = false): void {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const inView = [map.project([w, n]), map.project([e, s])].every(
    (p) => p.x >= pad.left && p.x <= width - pad.right && p.y >= pad.top && p.y <= height - pad.bottom,
  );
  if (inView && !always) return;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  map.fitBounds([w, s, e, n], { padding: pad, maxZoom: 10, animate: !reduce, duration: reduce ? 0 : 600 });
}
