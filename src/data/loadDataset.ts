import { checkManifest } from './checkManifest.ts';
import { layerFile, withTileFolder } from './checkTiles.ts';
import { parseBriefings } from '../briefing/parseBriefings.ts';
import { DatasetLoadError } from './DatasetLoadError.ts';
import { fetchBytes, type FetchLike } from './fetchBytes.ts';
import { LAYER_KEYS, type ActivityRecord, type Dataset, type Manifest } from './types.ts';
import { decodeBytes } from '../validate/decodeBytes.ts';
import { parseJsonText } from '../validate/parseJsonText.ts';
import type { FileReport } from '../validate/FileReport.ts';
import type { InputLayer } from '../validate/layerSpecs.ts';
import type { ValidationContext } from '../validate/ValidationContext.ts';
import type { Briefing } from '../briefing/Briefing.ts';
import { shareStrings } from './shareStrings.ts';
import { packCoordinates } from './packCoordinates.ts';
import { PositionPool } from './PositionPool.ts';
import type { FileInput } from '../validate/validateFile.ts';
import { datasetContext } from './datasetContext.ts';
import { pickedReport } from '../validate/workerProtocol.ts';
import { readFeatures, readsHere, withPicked } from './readAlongside.ts';
import { parseBasemap } from './parseBasemap.ts';

/**
 * Checks a batch of files as the validator does: in the page's own thread,
 * or in a worker, which may take the inputs' bytes (moved, not copied).
 * Equal texts within a report's valid rows come back as one string: the
 * worker's reports arrive so (packTable), the thread's own are made so here.
 */
export type CheckFiles = (inputs: FileInput[], ctx: ValidationContext, onProgress: (fraction: number) => void) => Promise<FileReport[]>;

/**
 * The validator in this thread: what Node (tests, scripts) uses; the app
 * passes a worker instead. Imported when first used, so the page's own
 * bundle does not carry the checks the worker already holds.
 */
export const checkInProcess: CheckFiles = async (inputs, ctx, onProgress) => {
  const reports = (await import('../validate/validateFiles.ts')).validateFiles(inputs, ctx, onProgress);
  for (const r of reports) shareStrings(valid(r));
  // As a worker answers: which features are valid, for a file the caller reads itself.
  return reports.map((r, i) => (inputs[i]?.values === false ? pickedReport(r) : r));
};

export interface LoadOptions {
  fetch?: FetchLike;
  /** Fraction done, 0 to 1, as files and their bytes arrive, then as they are checked. */
  onProgress?: (fraction: number) => void;
  /** Called as soon as the manifest is checked and the files are asked for, so the page can start what they will need. */
  onManifest?: (manifest: Manifest) => void;
  check?: CheckFiles;
  /**
   * The activity file is asked for once the layers are in and this has
   * settled: the app asks once its first view is drawn, or at once when that
   * view or the reader needs the figures. Once the layers are in, when not given.
   */
  figuresWhen?: Promise<void>;
}

/** A dataset as far as it is valid, and a report per layer file and the activity file, in the manifest's order. */
export interface CheckedDataset {
  dataset: Dataset;
  reports: FileReport[];
}

/** The dataset's figures: checked after its layers, against their ids, and handed over when they are in. */
export interface Figures {
  activity: ActivityRecord[];
  briefings: Briefing[];
  /** The activity file's report. */
  report: FileReport;
}

/**
 * A dataset in two stages: its map layers, checked and ready to draw (with
 * no activity and no briefings yet), and its figures, which follow. The
 * first view needs the layers only; the activity table is most of a large
 * dataset's bytes and of its checking.
 */
export interface StagedDataset {
  /** Every layer as far as it is valid; `activity` and `briefings` are empty until `figures` settles. */
  dataset: Dataset;
  /** A report per layer file, in the manifest's order. */
  reports: FileReport[];
  /** Rejects (DatasetLoadError, BriefingError) when the briefings file cannot be used; a broken activity file is reported, not thrown. */
  figures: Promise<Figures>;
}

/** Downloading is most of the wait; checking the rest of the bar. */
const FETCH_SHARE = 0.8;

/**
 * Loads a dataset folder: the manifest first (without it nothing can be
 * drawn, so a broken one rejects with a DatasetLoadError), then every file in
 * parallel, checked by the same validator as the files a user opens. Invalid
 * features are left out and reported; valid ones keep all their properties.
 * Resolves once the layers are checked; the activity records are checked
 * afterwards, against the ids of the checked layers, and come in `figures`.
 */
export async function loadStagedDataset(folderUrl: string, options: LoadOptions = {}): Promise<StagedDataset> {
  const fetchFn = options.fetch ?? ((url: string) => fetch(url));
  const onProgress = options.onProgress ?? (() => {});
  const check = options.check ?? checkInProcess;
  const base = folderUrl.endsWith('/') ? folderUrl : `${folderUrl}/`;
  const manifestFile = `${base}manifest.json`;
  const manifest = withTileFolder(checkManifest(jsonOf(manifestFile, await fetchBytes(manifestFile, fetchFn)), manifestFile), base);

  // A tiled layer's attribute table stands for its GeoJSON: the map draws the tiles, the panels read the table.
  const layerFiles = LAYER_KEYS.map((layer) => ({ name: `${base}${layerFile(manifest, layer)}`, layer }));
  const activityFile = `${base}${manifest.activity}`;
  // The manifest counts as one share of the download, each further file as
  // one more; within a file, bytes move its share along when the server sends a length.
  const shares = layerFiles.length + 2 + (manifest.briefings ? 1 : 0) + (manifest.basemap ? 1 : 0);
  const partial = new Map<string, number>();
  // Checking: the layers the first half, the activity the second.
  let checked = 0;
  const report = () => onProgress((FETCH_SHARE * (1 + [...partial.values()].reduce((a, b) => a + b, 0))) / shares + (1 - FETCH_SHARE) * checked);
  const get = async (url: string) => {
    const got = await fetchBytes(url, fetchFn, (received, total) => {
      partial.set(url, total ? Math.min(received / total, 0.99) : 0);
      report();
    });
    partial.set(url, 1);
    report();
    return got;
  };
  report();
  const briefingsFile = manifest.briefings ? `${base}${manifest.briefings}` : null;
  const basemapFile = manifest.basemap ? `${base}${manifest.basemap}` : null;
  const layersIn = Promise.all([
    Promise.all(layerFiles.map(async (f) => ({ ...f, got: await get(f.name) }))),
    basemapFile ? get(basemapFile).then((got) => parseBasemap(jsonOf(basemapFile, got), basemapFile)) : undefined,
  ] as const);
  // Asked for once the layers are in (and figuresWhen has settled): the first view needs only the layers, and the activity is checked after them
  // anyway, against their ids. Downloading both at once had the page's thread read the activity's chunks
  // between the layers' (19.6 MB against 6.7 MB at national size), and the layers came in 20-320 ms later.
  const activityIn = Promise.all([layersIn.catch(() => {}), options.figuresWhen]).then(() => get(activityFile));
  const briefingsIn = briefingsFile ? get(briefingsFile).then((got) => parseBriefings(jsonOf(briefingsFile, got), briefingsFile)) : Promise.resolve([]);
  // Awaited later, or never when the layers fail first: a rejection here is not to go unheard.
  briefingsIn.catch(() => {});
  // The requests are out first: what the page starts then (workers) holds its thread a moment.
  try {
    options.onManifest?.(manifest);
  } catch (err) {
    layersIn.catch(() => {});
    throw err;
  }
  const [fetched, basemap] = await layersIn;

  const inputs = fetched.map((f): FileInput | null => ('bytes' in f.got ? { name: f.name, bytes: f.got.bytes, layer: f.layer } : null));
  const present = inputs.filter((i): i is FileInput => i !== null);
  // The layers as one batch, so references among them resolve (a station's host commune, a twin pair's commune).
  const ctx = datasetContext(manifest);
  // One pool for every layer: provinces, countries and the border line run along the communes' vertices.
  const positions = new PositionPool();
  // The checker gets a copy of what the page reads itself meanwhile, and says which of its features are valid.
  const sent = present.map((input): FileInput => (readsHere(input) ? { ...input, bytes: input.bytes.slice(), values: false } : input));
  const checking = check(sent, ctx, (fraction) => {
    checked = Math.max(checked, fraction / 2);
    report();
  });
  const here = new Map(present.filter(readsHere).map((input) => [input, readFeatures(input, positions)] as const));
  const results = await checking;
  // A report that says which features are valid gets them from the page's own reading, packed already.
  // A loop, not a closure over the checker's answers: the figures' closure would keep them alive (~0.9 MB national).
  const packed = new Set<FileInput>();
  const reportOf = new Map<FileInput, FileReport>();
  let unread = false;
  for (let k = 0; k < present.length; k++) {
    const input = present[k]!;
    const taken = withPicked(results[k]!, here.get(input));
    if (taken === null) unread = true;
    else if (results[k]!.picked) packed.add(input);
    if (taken) reportOf.set(input, taken);
  }
  if (unread) {
    // The page's reading lacks a feature the checker found valid: the batch checked again here, with its features.
    packed.clear();
    const again = await checkInProcess(present, ctx, () => {});
    present.forEach((input, k) => reportOf.set(input, again[k]!));
  }
  // Let go, as the bytes moved to a worker are: the features are read.
  for (const input of here.keys()) input.bytes = new Uint8Array(0);
  checked = 0.5;
  report();
  const reports = fetched.map((f, i): FileReport => {
    const input = inputs[i];
    // A file that is not JSON stops before its layer is set: it was still meant as the manifest's.
    return input ? { ...reportOf.get(input)!, layer: f.layer } : missingReport(f.name, f.layer, f.got);
  });
  const layers = Object.fromEntries(LAYER_KEYS.map((layer, i) => {
    const input = inputs[i];
    const features = input && packed.has(input) ? valid(reports[i]!) : packCoordinates(valid(reports[i]!), positions);
    return [layer, { type: 'FeatureCollection', features }];
  }));
  const dataset = { manifest, activity: [], briefings: [], ...(basemap ? { basemap } : {}), ...layers } as unknown as Dataset;

  // Records name areas and sources: the ids every layer file present holds (valid features or not, as one batch did).
  const ids: ValidationContext['ids'] = Object.fromEntries(present.map((input) => [input.layer, reportOf.get(input)!.ids]));
  const figures = (async (): Promise<Figures> => {
    const got = await activityIn;
    let activityReport: FileReport;
    if ('bytes' in got) {
      const input: FileInput = { name: activityFile, bytes: got.bytes, layer: 'activity' };
      const [r] = await check([input], { ...ctx, ids }, (fraction) => {
        checked = Math.max(checked, 0.5 + fraction / 2);
        report();
      });
      activityReport = { ...r!, layer: 'activity' };
    } else {
      activityReport = missingReport(activityFile, 'activity', got);
    }
    checked = 1;
    report();
    return { activity: valid(activityReport) as unknown as ActivityRecord[], briefings: await briefingsIn, report: activityReport };
  })();
  figures.catch(() => {});
  return { dataset, reports, figures };
}

/**
 * Loads a dataset folder whole, layers and figures: the dataset, and a
 * report per layer file and the activity file, in the manifest's order.
 */
export async function loadCheckedDataset(folderUrl: string, options: LoadOptions = {}): Promise<CheckedDataset> {
  const staged = await loadStagedDataset(folderUrl, options);
  const { activity, briefings, report } = await staged.figures;
  return { dataset: { ...staged.dataset, activity, briefings }, reports: [...staged.reports, report] };
}

/** The dataset alone, for code that only reads it (scripts, tests). */
export async function loadDataset(folderUrl: string, options: LoadOptions = {}): Promise<Dataset> {
  return (await loadCheckedDataset(folderUrl, options)).dataset;
}

const valid = (r: FileReport) => r.valid.map((v) => v.value);

/** A file the server did not give: its one problem. */
function missingReport(file: string, layer: InputLayer, got: Awaited<ReturnType<typeof fetchBytes>>): FileReport {
  return { file, layer, detected: null, total: 0, valid: [], ids: new Set(), problems: 'problem' in got ? [got.problem] : [] };
}

/** A file the loader needs whole (the manifest, briefings): its first error stops the load, said as the validator says it. */
function jsonOf(file: string, got: Awaited<ReturnType<typeof fetchBytes>>): unknown {
  if ('problem' in got) throw new DatasetLoadError(got.problem);
  const decoded = decodeBytes(file, got.bytes);
  if (decoded.text === null) throw new DatasetLoadError(decoded.problems.find((p) => p.severity === 'error') ?? decoded.problems[0]!);
  const parsed = parseJsonText(file, decoded.text);
  if (parsed.value === undefined) throw new DatasetLoadError(parsed.problems[0]!);
  return parsed.value;
}
