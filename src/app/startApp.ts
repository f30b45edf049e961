import { checkInProcess, loadStagedDataset, type CheckFiles } from '../data/loadDataset.ts';
import { DatasetLoadError } from '../data/DatasetLoadError.ts';
import { BriefingError } from '../briefing/parseBriefings.ts';
import { essentialProblem } from '../data/essentialProblem.ts';
import { coolMap, createMap, prewarmMap, type MapController } from '../map/createMap.ts';
import { DEFAULT_STATE, type AppState, type Lang } from '../state/schema.ts';
import { withParams } from '../embed/messages.ts';
import { LocationSync } from '../state/locationSync.ts';
import type { StateSource } from '../state/StateSource.ts';
import { t } from '../i18n/t.ts';
import { formatNumber } from '../i18n/format.ts';
import { AppLayout } from '../ui/AppLayout.ts';
import { ErrorBox } from '../ui/ErrorBox.ts';
import { DatasetBanner } from '../ui/DatasetBanner.ts';
import { allowedDatasets } from '../state/allowedDatasets.ts';
import { Header } from '../ui/Header.ts';
import { UrlNotice } from '../ui/UrlNotice.ts';
import { closeOnEscape } from '../ui/dismiss.ts';
import { mountDataset, type Loaded } from './mountDataset.ts';
import { ProgressBar } from '../ui/ProgressBar.ts';
import { coolChecker, validateInWorker, warmChecker } from './validateInWorker.ts';
import { loadUnits2025, withDerivedFactsIfNeeded } from './lazy.ts';
import type { BorderAtlasHandle } from './BorderAtlasHandle.ts';
import type { Manifest } from '../data/types.ts';

/**
 * Wires state, URL, data, map and panels. The state is the single source of
 * truth: every change goes through `apply`, which updates the URL and each
 * part that depends on the keys that changed.
 */
export function startApp(
  root: HTMLElement,
  win: Window & { borderAtlas?: BorderAtlasHandle },
  sourceOf: (onChange: (state: AppState) => void) => StateSource = (onChange) => new LocationSync(win, onChange),
): { set(key: string, value: string | null): void; remove(): void } {
  const location = sourceOf((next) => {
    notice.add(location.ignored?.() ?? []);
    apply(next, 'none');
  });
  let state = location.read();
  const layout = new AppLayout();
  const slots = layout.onAdd(root, state.lang);
  // What the link asked for that the map cannot use, said at the top of the map rather than silently dropped.
  const notice = new UrlNotice(state.lang);
  notice.onAdd(slots.stage);
  notice.add(location.ignored?.() ?? []);
  // Escape closes the panel or dialog opened last, wherever focus is in the app.
  const stopEscape = closeOnEscape(root);
  const header = new Header(state.lang, (lang) => apply({ ...state, lang }, 'replace'));
  header.onAdd(slots.header, layout.tools);
  let loaded: Loaded | null = null;
  // The error on screen, kept so it can be said again in another language.
  let failure: { err: unknown; box: ErrorBox; partial: boolean } | null = null;
  root.classList.toggle('is-embed', state.embed);
  // Which folders a link may open is the site's choice; a page that holds the map as one element chose its dataset itself.
  const allowed = location.ownsPage ? allowedDatasets(root.ownerDocument.querySelector('meta[name="border-atlas-datasets"]')?.getAttribute('content')) : null;
  // Said over the map for as long as the data is not the site's own, or a link's data was refused.
  let banner: DatasetBanner | null = null;
  const select = (id: string | null) => apply({ ...state, select: id }, 'push');
  setDocumentLang();

  function setDocumentLang() {
    // The page's language is the page's when the map is one element of it.
    (location.ownsPage ? root.ownerDocument.documentElement : root).lang = state.lang;
    layout.setLang(state.lang);
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
      banner?.setLang(next.lang);
      notice.setLang(next.lang);
      if (failure) showError(failure.err, failure.partial);
    }
    loaded?.update(prev, next, history !== 'none');
  }

  function clearError() {
    failure?.box.onRemove();
    failure = null;
  }

  /** Says what failed in the reader's language, with a retry that loads the dataset afresh; `partial` when the map is up without a layer. */
  function showError(err: unknown, partial = false) {
    clearError();
    const text = err instanceof DatasetLoadError || err instanceof BriefingError ? err.describe(state.lang) : err instanceof Error ? err.message : String(err);
    const box = new ErrorBox(state.lang, text, () => {
      loaded?.remove();
      loaded = null;
      void load();
    }, partial);
    box.onAdd(slots.status);
    failure = { err, box, partial };
  }

  /** The dataset a link asks for, if the site allows it; else the site's own, and a banner saying what was refused. */
  function guardDataset(): void {
    banner?.onRemove();
    banner = null;
    const folder = state.dataset.replace(/\/+$/, '');
    if (!allowed || allowed.includes(folder)) return;
    state = { ...state, dataset: DEFAULT_STATE.dataset };
    location.write(state, 'replace');
    banner = new DatasetBanner(state.lang, (lang) => t(lang, 'datasetRefused', { folder }));
    banner.onAdd(slots.header);
  }

  async function load() {
    clearError();
    guardDataset();
    const progress = new ProgressBar(state.lang);
    progress.onAdd(slots.status);
    let map: MapController | null = null;
    // The figures are asked for once the first view is drawn, or sooner when it or the reader needs them (mountDataset):
    // at national size checking them beside the map's first drawing held it back by ~0.5 s (docs/performance.md).
    let askFigures: () => void = () => {};
    const figuresWhen = new Promise<void>((resolve) => {
      let asked = false;
      askFigures = () => {
        if (asked) return;
        asked = true;
        // The activity's checker starts while its file downloads.
        warmChecker();
        resolve();
      };
    });
    let manifest: Manifest | null = null;
    // Made while the layers are checked, in a worker: the page's thread has nothing else to do then (see createMap).
    const makeMap = (m: Manifest) => createMap({
      container: slots.map, manifest: m, onSelect: select,
      onMove: (camera) => apply({ ...state, camera }, 'replace'),
      cooperativeGestures: state.embed,
      padding: () => layout.padding(),
      cover: () => layout.cover(),
    });
    try {
      const staged = loadStagedDataset(state.dataset, {
        // Marks for npm run bench, which splits the start-up into phases (scripts/bench/measure.ts):
        // the layers' files in and checked (ba:data, ba:checks), then the activity's (ba:activity-data, ba:activity-checks).
        check: async (inputs, ctx, onProgress) => {
          const stage = inputs.some((i) => i.layer === 'activity') ? 'activity-' : '';
          performance.mark(`ba:${stage}data`);
          try {
            const checked = checkInWorker(inputs, ctx, onProgress);
            if (!stage && manifest) {
              map ??= makeMap(manifest);
              // The first number formatted loads the locale's data (~35 ms), here rather than in the legend after the checks.
              formatNumber(state.lang, 0);
            }
            return await checked;
          } finally {
            performance.mark(`ba:${stage}checks`);
          }
        },
        onProgress: (f) => progress.set(f),
        figuresWhen,
        // The map's workers start while the files download.
        onManifest: (m) => {
          performance.mark('ba:manifest');
          manifest = m;
          prewarmMap();
        },
      });
      // The checker starts while the manifest downloads, its request out first. A worker starts only once the page's
      // thread is free a moment; started with the manifest, it was ready ~100 ms after the layers had arrived (docs/performance.md).
      warmChecker();
      const { dataset, reports, figures } = await staged;
      // A dataset folder's communes without a border status get one from their outlines, as opened files' do;
      // both that and the 2025 units (when the link asks for them) load their code only when needed.
      const [derived] = await Promise.all([withDerivedFactsIfNeeded(dataset), state.units === 'post2025' ? loadUnits2025() : null]);
      progress.onRemove();
      header.setManifest(dataset.manifest);
      // Data that is not the site's own says so: in a banner here, and on the images exported from it.
      const folder = state.dataset;
      // The title alone is kept: a closure over the dataset would keep the loaded one alive beside the mounted one.
      const title = dataset.manifest.title;
      const datasetNotice = allowed && folder.replace(/\/+$/, '') !== DEFAULT_STATE.dataset ? (lang: Lang) => t(lang, 'otherDataset', { folder, title: title[lang] }) : null;
      if (datasetNotice) {
        banner = new DatasetBanner(state.lang, datasetNotice);
        banner.onAdd(slots.header);
      }
      const withErrors = reports.filter((r) => r.problems.some((p) => p.severity === 'error'));
      map ??= makeMap(dataset.manifest);
      const mounted = mountDataset({ root, win, ownsPage: location.ownsPage, getState: () => state, setState: (next: AppState) => { state = next; }, apply, select, datasetNotice, ignore: (items) => notice.add(items), askFigures }, derived, slots, map, withErrors, figures);
      loaded = mounted;
      // The map and what is valid stay on screen; the box says which file the map cannot do without.
      const missing = essentialProblem(reports);
      if (missing) showError(new DatasetLoadError(missing), true);
      // A briefings file that cannot be used: the map stays, the box says where the file is wrong.
      figures.catch((err: unknown) => {
        if (loaded === mounted && !missing) showError(err, true);
      });
    } catch (err) {
      map?.remove();
      progress.onRemove();
      showError(err);
    }
  }

  void load();
  return {
    /** One key, as a URL or an element attribute names it; null returns it to its default. */
    set(key, value) {
      // A dataset set by the page's own code may be any address; every other key is checked as a URL's.
      apply(key === 'dataset' ? { ...state, dataset: value ?? DEFAULT_STATE.dataset } : withParams(state, { [key]: value ?? '' }), 'replace');
    },
    remove() {
      coolChecker();
      coolMap();
      loaded?.remove();
      loaded = null;
      banner?.onRemove();
      notice.onRemove();
      stopEscape();
      header.onRemove();
      layout.onRemove();
      location.remove();
    },
  };
}

/**
 * The validator in a worker of its own, so the map stays responsive while the
 * files are checked; in this thread where the page may start no worker (a
 * script embed served from another origin), rather than show no dataset.
 */
const checkInWorker: CheckFiles = async (inputs, ctx, onProgress) => {
  try {
    return await validateInWorker(inputs.map((i) => ({ name: i.name, bytes: i.bytes, layer: i.layer ?? null, ...(i.values === false ? { values: false as const } : {}) })), ctx, onProgress);
  } catch {
    return checkInProcess(inputs, ctx, onProgress);
  }
};
