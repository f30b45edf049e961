/** What a command-line tool produces, kept apart from the process so tests can run it in-process. */
export interface CliResult {
  /** 0: all is well; 1: some input is unusable or has an error; 2: bad usage. */
  code: number;
  stdout: string;
  stderr: string;
}
