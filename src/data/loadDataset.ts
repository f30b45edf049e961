import { checkActivity } from './checkActivity.ts';
import { checkLayer } from './checkLayer.ts';
import { checkManifest } from './checkManifest.ts';
import { parseBriefings } from '../briefing/parseBriefings.ts';
import { fetchJson, type FetchLike } from './fetchJson.ts';
import { LAYER_KEYS, type Dataset, type LayerKey, type Manifest } from './types.ts';

export interface LoadOptions {
  fetch?: FetchLike;
  /** Fraction done, 0 to 1, as files and their bytes arrive. */
  onProgress?: (fraction: number) => void;
  /** Called as soon as the manifest is checked, before the layers arrive, so the map can start. */
  onManifest?: (manifest: Manifest) => void;
}

/**
 * Loads a dataset folder: the manifest first, then every layer and the
 * activity records in parallel. Any file that fails rejects with a
 * DatasetLoadError naming the file, so the app can say exactly what is wrong.
 */
export async function loadDataset(folderUrl: string, options: LoadOptions = {}): Promise<Dataset> {
  const fetchFn = options.fetch ?? ((url: string) => fetch(url));
  const onProgress = options.onProgress ?? (() => {});
  const base = folderUrl.endsWith('/') ? folderUrl : `${folderUrl}/`;
  const manifestFile = `${base}manifest.json`;
  const manifest = checkManifest(await fetchJson(manifestFile, manifestFile, fetchFn), manifestFile);
  options.onManifest?.(manifest);

  // The manifest counts as one share, each further file as one more; within a
  // file, bytes move its share along when the server sends a length.
  const shares = LAYER_KEYS.length + 2 + (manifest.briefings ? 1 : 0);
  const partial = new Map<string, number>();
  const report = () => onProgress((1 + [...partial.values()].reduce((a, b) => a + b, 0)) / shares);
  report();
  const track = (file: string) => (received: number, total: number | null) => {
    partial.set(file, total ? Math.min(received / total, 0.99) : 0);
    report();
  };
  const get = async (name: string) => {
    const file = `${base}${name}`;
    const json = await fetchJson(file, file, fetchFn, track(file));
    partial.set(file, 1);
    report();
    return { json, file };
  };

  const [layers, activity, briefings] = await Promise.all([
    Promise.all(
      LAYER_KEYS.map(async (key: LayerKey) => {
        const { json, file } = await get(manifest.layers[key]);
        return [key, checkLayer(json, key, file)] as const;
      }),
    ),
    get(manifest.activity).then(({ json, file }) => checkActivity(json, file)),
    manifest.briefings ? get(manifest.briefings).then(({ json, file }) => parseBriefings(json, file)) : [],
  ]);
  return { manifest, activity, briefings, ...Object.fromEntries(layers) } as Dataset;
}
