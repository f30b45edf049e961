// npm run validate -- <file or dataset folder>... [--json] [--map <ours>=<theirs>[,...]]
// Prints every problem found; exits 1 when any is an error, 0 otherwise, 2 on bad usage.
import { runMain } from '../cli/runMain.ts';
import { runValidate } from './runValidate.ts';

runMain('validate', runValidate);
