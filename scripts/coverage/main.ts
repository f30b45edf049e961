// npm run coverage -- --border <file.geojson> --stations <file.geojson> --radius <km> [--kind <kind>] [--group-by <property>]
// Prints the coverage tables as CSV (docs/coverage.md); exits 1 on unusable input or no station counted, 2 on bad usage.
import { runMain } from '../cli/runMain.ts';
import { runCoverage } from './runCoverage.ts';

runMain('coverage', runCoverage);
