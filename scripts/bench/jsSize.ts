import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsFile {
  name: string;
  bytes: number;
  gzipBytes: number;
}

/** Every script a built site ships (main bundle and worker), with its gzipped size at level 9. */
export function jsFiles(dist: string): JsFile[] {
  const dir = join(dist, 'assets');
  return readdirSync(dir)
    .filter((f) => /\.(m?js)$/.test(f))
    .sort()
    .map((name) => {
      const buf = readFileSync(join(dir, name));
      return { name, bytes: buf.length, gzipBytes: gzipSync(buf, { level: 9 }).length };
    });
}

export const sum = (files: JsFile[]) => files.reduce((a, f) => a + f.gzipBytes, 0);
