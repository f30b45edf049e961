import type { CliResult } from '../cli/CliResult.ts';

/**
 * Runs a command-line tool's logic and hands its output and exit code to the
 * process. An exception is a bug of ours, not of the input: it is still said
 * in one line, with no stack trace for the data maintainer.
 */
export function runMain(name: string, run: (argv: string[]) => CliResult): void {
  try {
    const result = run(process.argv.slice(2));
    process.stdout.write(result.stdout);
    process.stderr.write(result.stderr);
    process.exitCode = result.code;
  } catch (err) {
    process.stderr.write(`${name}: internal error (${err instanceof Error ? err.message : String(err)}); please report it with the files that caused it.\n`);
    process.exitCode = 2;
  }
}
