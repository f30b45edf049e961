// npm run tiles -- <dataset folder> [--layers communes] [--minzoom N] [--maxzoom N] [--format pbf|pmtiles]
// Writes a dataset's heavy layers as static vector tiles (a folder, or one PMTiles archive) with their attribute tables, and names them in the manifest.
import { runTiles } from './runTiles.ts';

runTiles(process.argv.slice(2)).then(
  (result) => {
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
  },
  (err: unknown) => {
    process.stderr.write(`tiles: internal error (${err instanceof Error ? err.message : String(err)}); please report it with the files that caused it.\n`);
    process.exitCode = 2;
  },
);
