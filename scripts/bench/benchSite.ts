import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

/** One folder served by one server: the built app, the two baseline pages beside it, and the datasets. */
export interface BenchSite {
  root: string;
  /** Page paths relative to the site's base, per dataset ('demo', 'national'). */
  pages(dataset: string): { app: string; bare: string; empty: string };
  /** The bare pages' own build output, for their script sizes. */
  bareOut: string;
  remove(): void;
}

/**
 * Copies the built app (dist/) into a temporary site, each dataset folder
 * given under data/<name> (the national one as data/national), and lists
 * those folders in the copy's border-atlas-datasets allowlist (the shipped
 * index.html lists none); then builds the two baselines with the same Vite
 * into bare/ and bare-data/.
 */
export async function benchSite(national: string | null, more: Record<string, string> = {}): Promise<BenchSite> {
  const root = mkdtempSync(join(tmpdir(), 'border-atlas-bench-'));
  cpSync(join(ROOT, 'dist'), root, { recursive: true });
  const folders = Object.entries({ ...(national ? { national } : {}), ...more });
  for (const [name, folder] of folders) cpSync(folder, join(root, 'data', name), { recursive: true });
  if (folders.length > 0) {
    const index = join(root, 'index.html');
    const listed = folders.map(([name]) => `data/${name}`).join(' ');
    writeFileSync(index, readFileSync(index, 'utf8').replace(/(<meta name="border-atlas-datasets" content=")[^"]*"/, `$1${listed}"`));
  }
  for (const page of ['bare', 'bare-data']) {
    await build({ root: join(ROOT, 'scripts/bench', page), base: './', logLevel: 'warn', build: { outDir: join(root, page), emptyOutDir: true, target: 'es2022', manifest: true } });
  }
  return {
    root,
    bareOut: join(root, 'bare'),
    pages: (dataset) => ({
      app: dataset === 'demo' ? '' : `?dataset=data/${dataset}`,
      bare: `bare-data/?dataset=../data/${dataset}`,
      empty: 'bare/',
    }),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
