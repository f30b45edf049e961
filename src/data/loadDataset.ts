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
import type { FileInput } from '../validate/validateFile.ts';
import { datasetContext } from './datasetContext.ts';
import { parseBasemap } from './parseBasemap.ts';

/** Checks a batch of files as the validator does: in the page's own thread, or in a worker. */
export type CheckFiles = (inputs: FileInput[], ctx: ValidationContext, onProgress: (fraction: number) => void) => Promise<FileReport[]>;

/**
 * The validator in this thread: what Node (tests, scripts) uses; the app
 * passes a worker instead. Imported when first used, so the page's own
 * bundle does not carry the checks the worker already holds.
 */
export const checkInProcess: CheckFiles = async (inputs, ctx, onProgress) => (await import('../validate/validateFiles.ts')).validateFiles(inputs, ctx, onProgress);

export interface LoadOptions {
  fetch?: FetchLike;
  /** Fraction done, 0 to 1, as files and their bytes arrive, then as they are checked. */
  onProgress?: (fraction: number) => void;
  /** Called as soon as the manifest is checked, before the layers arrive, so the map can start. */
  onManifest?: (manifest: Manifest) => void;
  check?: CheckFiles;
}

/** A dataset as far as it is valid, and a report per layer file and the activity file, in the manifest's order. */
export interface CheckedDataset {
  dataset: Dataset;
  reports: FileReport[];
}

/** Downloading is most of the wait; checking the rest of the bar. */
const FETCH_SHARE = 0.8;

/**
 * Loads a dataset folder: the manifest first (without it nothing can be
 * drawn, so a broken one rejects with a DatasetLoadError), then every file in
 * parallel, checked by the same validator as the files a user opens. Invalid
 * features are left out and reported; valid ones keep all their properties.
 */
export async function loadCheckedDataset(folderUrl: string, options: LoadOptions = {}): Promise<CheckedDataset> {
  const fetchFn = options.fetch ?? ((url: string) => fetch(url));
  const onProgress = options.onProgress ?? (() => {});
  const base = folderUrl.endsWith('/') ? folderUrl : `${folderUrl}/`;
  const manifestFile = `${base}manifest.json`;
  const manifest = withTileFolder(checkManifest(jsonOf(manifestFile, await fetchBytes(manifestFile, fetchFn)), manifestFile), base);

  const files: { name: string; layer: InputLayer }[] = [
    // A tiled layer's attribute table stands for its GeoJSON: the map draws the tiles, the panels read the table.
    ...LAYER_KEYS.map((layer) => ({ name: `${base}${layerFile(manifest, layer)}`, layer })),
    { name: `${base}${manifest.activity}`, layer: 'activity' },
  ];
  // The manifest counts as one share of the download, each further file as
  // one more; within a file, bytes move its share along when the server sends a length.
  const shares = files.length + 1 + (manifest.briefings ? 1 : 0) + (manifest.basemap ? 1 : 0);
  const partial = new Map<string, number>();
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
  const downloads = Promise.all([
    Promise.all(files.map(async (f) => ({ ...f, got: await get(f.name) }))),
    briefingsFile ? get(briefingsFile).then((got) => parseBriefings(jsonOf(briefingsFile, got), briefingsFile)) : [],
    basemapFile ? get(basemapFile).then((got) => parseBasemap(jsonOf(basemapFile, got), basemapFile)) : undefined,
  ] as const);
  // The requests are out before the map starts: starting it holds the page's thread for a few hundred ms.
  try {
    options.onManifest?.(manifest);
  } catch (err) {
    downloads.catch(() => {});
    throw err;
  }
  const [fetched, briefings, basemap] = await downloads;

  const inputs = fetched.map((f): FileInput | null => ('bytes' in f.got ? { name: f.name, bytes: f.got.bytes, layer: f.layer } : null));
  const present = inputs.filter((i): i is FileInput => i !== null);
  // One batch, so references resolve among the dataset's own files.
  const results = await (options.check ?? checkInProcess)(present, datasetContext(manifest, present), (fraction) => {
    checked = Math.max(checked, fraction);
    report();
  });
  const reportOf = new Map(present.map((input, k) => [input, results[k]!]));
  checked = 1;
  report();
  const reports = fetched.map((f, i): FileReport => ('problem' in f.got
    ? { file: f.name, layer: f.layer, detected: null, total: 0, valid: [], ids: new Set(), problems: [f.got.problem] }
    // A file that is not JSON stops before its layer is set: it was still meant as the manifest's.
    : { ...reportOf.get(inputs[i]!)!, layer: f.layer }));
  const valid = (r: FileReport) => r.valid.map((v) => v.value);
  const layers = Object.fromEntries(LAYER_KEYS.map((layer, i) => [layer, { type: 'FeatureCollection', features: valid(reports[i]!) }]));
  const activity = valid(reports[LAYER_KEYS.length]!) as unknown as ActivityRecord[];
  return { dataset: { manifest, activity, briefings, ...(basemap ? { basemap } : {}), ...layers } as unknown as Dataset, reports };
}

/** The dataset alone, for code that only reads it (scripts, tests). */
export async function loadDataset(folderUrl: string, options: LoadOptions = {}): Promise<Dataset> {
  return (await loadCheckedDataset(folderUrl, options)).dataset;
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
