// npm run coverage -- --border <file.geojson> --stations <file.geojson> --radius <km>
// Prints the coverage tables as CSV (docs/coverage.md); exits 1 on unusable input, 2 on bad usage.
import { runCoverage } from './runCoverage.ts';

try {
  const result = runCoverage(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
} catch (err) {
  process.stderr.write(`coverage: internal error (${err instanceof Error ? err.message : String(err)}); please report it with the files that caused it.\n`);
  process.exitCode = 2;
}
