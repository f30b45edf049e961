import { cpSync, existsSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { sendFile } from '../serve/sendFile.ts';

const DATA_DIR = resolve(import.meta.dirname, '../../data');
/** Source tables stay in the repository; only built layers ship with the site. */
const SHIPPED = (rel: string) => !rel.startsWith('sources');

/**
 * Datasets live in data/ (not public/) because they are build outputs with
 * their own sources beside them. This serves them at /data/ in dev and copies
 * the shipped part into dist/data/ on build.
 */
export function serveDatasets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'border-atlas:datasets',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const rel = normalize(decodeURIComponent((req.url ?? '').split('?')[0] ?? '')).replace(/^\/+/, '');
        const file = join(DATA_DIR, rel);
        if (!file.startsWith(DATA_DIR) || !SHIPPED(rel) || !existsSync(file) || !statSync(file).isFile()) return next();
        // Byte ranges too: a PMTiles archive is read only by them.
        sendFile(req, res, file, statSync(file).size, { 'Content-Type': file.endsWith('.json') || file.endsWith('.geojson') ? 'application/json' : 'application/octet-stream' });
      });
    },
    closeBundle() {
      cpSync(DATA_DIR, join(outDir, 'data'), {
        recursive: true,
        filter: (src) => SHIPPED(src.slice(DATA_DIR.length).replace(/^\/+/, '')),
      });
    },
  };
}
