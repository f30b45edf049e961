// npm run coverage -- --border <file.geojson> --stations <file.geojson> --radius <km>
// Prints the coverage tables as CSV (docs/coverage.md); exits 1 on unusable input, 2 on bad usage.
import { runMain } from '../cli/runMain.ts';
import { runCoverage } from './runCoverage.ts';

runMain('coverage', runCoverage);
