import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsFile {
  name: string;
  bytes: number;
  gzipBytes: number;
}

/** A built site's scripts by when the browser fetches them. */
export interface JsByLoad {
  /** The entry and every chunk it imports statically: what the page runs before anything is asked of it. */
  firstLoad: JsFile[];
  /** Chunks reached only through import(): fetched when a feature is used (export, briefings, coverage…). */
  lazy: JsFile[];
  /** Worker scripts (the validator's, coverage's, MapLibre's): fetched when a worker starts, outside the page's own thread. */
  workers: JsFile[];
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

function measure(dir: string, name: string): JsFile {
  const buf = readFileSync(join(dir, name));
  return { name, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
}

/** Every script a built site ships (main bundle, lazy chunks and workers), with its gzipped size at level 9. */
export function jsFiles(dist: string): JsFile[] {
  const dir = join(dist, 'assets');
  return readdirSync(dir)
    .filter((f) => /\.(m?js)$/.test(f))
    .sort()
    .map((name) => measure(dir, name));
}

/**
 * Splits a site's scripts with the manifest Vite writes (build.manifest):
 * first load is the entry's static import graph, lazy what only import()
 * reaches, workers the rest (Vite leaves worker bundles out of the graph).
 */
export function jsByLoad(dist: string): JsByLoad {
  const file = join(dist, '.vite/manifest.json');
  if (!existsSync(file)) throw new Error(`${file}: no Vite manifest; build with build.manifest: true to split first-load from lazy scripts`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
  const first = new Set<string>();
  const reached = new Set<string>();
  const visit = (key: string, into: Set<string>) => {
    const chunk = manifest[key];
    if (!chunk || into.has(chunk.file)) return;
    into.add(chunk.file);
    for (const k of chunk.imports ?? []) visit(k, into);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key, first);
  for (const chunk of Object.values(manifest)) for (const k of chunk.dynamicImports ?? []) visit(k, reached);
  const all = jsFiles(dist);
  const inGraph = (f: JsFile, set: Set<string>) => [...set].some((p) => basename(p) === f.name);
  return {
    firstLoad: all.filter((f) => inGraph(f, first)),
    lazy: all.filter((f) => !inGraph(f, first) && inGraph(f, reached)),
    workers: all.filter((f) => !inGraph(f, first) && !inGraph(f, reached)),
  };
}

export const sum = (files: JsFile[]) => files.reduce((a, f) => a + f.gzipBytes, 0);
