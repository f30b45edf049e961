import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkManifest } from '../../src/data/checkManifest.ts';
import { LAYER_KEYS } from '../../src/data/types.ts';
import { tooLarge } from '../../src/validate/decodeBytes.ts';
import { fileProblem } from '../../src/validate/fileProblem.ts';
import { phrase } from '../../src/validate/Phrase.ts';
import type { Problem } from '../../src/validate/Problem.ts';
import { emptyContext, type ValidationContext } from '../../src/validate/ValidationContext.ts';
import type { FileInput } from '../../src/validate/validateFile.ts';

/** The CLI reads files whole; V8 strings stop near 512 MB. */
export const CLI_MAX_BYTES = 500 * 1024 * 1024;

/** Files checked together, with what they are checked against. */
export interface InputSet {
  inputs: FileInput[];
  ctx: ValidationContext;
  /** Files that could not be read at all. */
  problems: Problem[];
}

/**
 * Turns command-line paths into sets: each dataset folder (one with a
 * manifest.json) is a set of its own, checked against its manifest; loose
 * files and plain folders are checked together as one set, or as additions
 * to the dataset when exactly one is named with them.
 */
export function collectInputs(paths: readonly string[]): InputSet[] {
  const loose: InputSet = { inputs: [], ctx: emptyContext(), problems: [] };
  const sets: InputSet[] = [];
  for (const path of paths) {
    const stat = statOrNull(path);
    if (!stat) {
      loose.problems.push(fileProblem(path, 'unreadable', 'error', phrase('expected.fileOrFolder'), phrase('found.nothingAtPath')));
    } else if (stat.isDirectory() && statOrNull(join(path, 'manifest.json'))) {
      sets.push(datasetSet(path));
    } else if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (/\.(geo)?json$|\.csv$/i.test(name)) addFile(loose, join(path, name));
    } else {
      addFile(loose, path);
    }
  }
  if (loose.inputs.length + loose.problems.length === 0) return sets;
  // With one dataset named beside them, loose files are checked as additions to it.
  const only = sets.length === 1 ? sets[0] : undefined;
  if (only) {
    only.inputs.push(...loose.inputs);
    only.problems.push(...loose.problems);
    return sets;
  }
  return [...sets, loose];
}

function datasetSet(folder: string): InputSet {
  const set: InputSet = { inputs: [], ctx: emptyContext(), problems: [] };
  const manifestFile = join(folder, 'manifest.json');
  let manifest;
  try {
    manifest = checkManifest(JSON.parse(readFileSync(manifestFile, 'utf8')), manifestFile);
  } catch (err) {
    set.problems.push(fileProblem(manifestFile, 'not-json', 'error', phrase('expected.manifest'), phrase('found.manifestError', { message: err instanceof Error ? err.message : String(err) })));
    return set;
  }
  set.ctx = { ...set.ctx, extent: manifest.bbox, sourceIds: new Set(manifest.sources.map((s) => s.id)) };
  for (const layer of LAYER_KEYS) addFile(set, join(folder, manifest.layers[layer]), layer);
  addFile(set, join(folder, manifest.activity), 'activity');
  return set;
}

function addFile(set: InputSet, path: string, layer?: FileInput['layer']): void {
  const stat = statOrNull(path);
  if (!stat || !stat.isFile()) {
    set.problems.push(fileProblem(path, 'unreadable', 'error', phrase('expected.readableFile'), phrase('found.nothingAtPath')));
    return;
  }
  if (stat.size > CLI_MAX_BYTES) {
    set.problems.push(tooLarge(path, stat.size, CLI_MAX_BYTES));
    return;
  }
  set.inputs.push({ name: path, bytes: readFileSync(path), layer, maxBytes: CLI_MAX_BYTES });
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
