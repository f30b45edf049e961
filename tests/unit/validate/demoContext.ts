import { readFile } from 'node:fs/promises';
import { loadDataset } from '../../../src/data/loadDataset.ts';
import type { Dataset } from '../../../src/data/types.ts';
import { contextFromDataset, type ValidationContext } from '../../../src/validate/ValidationContext.ts';

/** The demo dataset as the app holds it, read from data/demo through the app's own loader. */
export async function demoDataset(): Promise<Dataset> {
  return loadDataset('data/demo', { fetch: async (url) => new Response(await readFile(url)) });
}

export async function demoContext(): Promise<ValidationContext> {
  return contextFromDataset(await demoDataset());
}
