// npm run validate -- <file or dataset folder>... [--json]
// Prints every problem found; exits 1 when any is an error, 0 otherwise, 2 on bad usage.
import { runValidate } from './runValidate.ts';

try {
  const result = runValidate(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
} catch (err) {
  // A bug of ours, not of the input: still no stack trace for the maintainer, but say so.
  process.stderr.write(`validate: internal error (${err instanceof Error ? err.message : String(err)}); please report it with the file that caused it.\n`);
  process.exitCode = 2;
}
