// npm run data:synthetic -- [--communes N] [--stations N] [--border-km N] [--activity N] [--seed S] [--out <folder>]
// Writes a made-up dataset folder in the demo's format, national size by default, the same for the same options.
import { runMain } from '../cli/runMain.ts';
import { parseSyntheticArgs, USAGE } from './parseSyntheticArgs.ts';
import { syntheticDataset } from './syntheticDataset.ts';
import { writeDataset } from './writeDataset.ts';

runMain('data:synthetic', (argv) => {
  const options = parseSyntheticArgs(argv);
  if (typeof options === 'string') return { code: 2, stdout: '', stderr: `${options}\n${USAGE}\n` };
  const started = performance.now();
  const d = syntheticDataset(options);
  writeDataset(options.out, d);
  const counts = Object.entries(d.layers).map(([k, v]) => `${k} ${v.length}`).join(', ');
  return { code: 0, stdout: `${options.out}: ${counts}, activity ${d.activity.length} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`, stderr: '' };
});
