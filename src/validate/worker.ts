// Reads and checks opened files off the main thread, so the map stays
// responsive while a large file is parsed.
import { MAX_FILE_BYTES, tooLarge } from './decodeBytes.ts';
import type { FileInput } from './validateFile.ts';
import type { FileReport } from './FileReport.ts';
import { internalReport, validateFiles } from './validateFiles.ts';
import { fileProblem } from './fileProblem.ts';
import { phrase } from './Phrase.ts';
import { HEARTBEAT_MS, inputName, inputSize, packReports, pickedReport, type ValidateMessage, type ValidateRequest } from './workerProtocol.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ValidateRequest>) => void) | null;
  postMessage(message: ValidateMessage, transfer?: Transferable[]): void;
  addEventListener(type: 'unhandledrejection', listener: (e: PromiseRejectionEvent) => void): void;
};

// The page waits for a message: whatever goes wrong here must still send one.
scope.onmessage = (e) => {
  run(e.data).catch((err: unknown) => {
    try {
      done(e.data.files.map((input) => internalReport(inputName(input), input.layer, err)));
    } catch {
      scope.postMessage({ type: 'failed', message: messageOf(err) });
    }
  });
};

// A rejection no code here awaits would otherwise pass in silence: the page's onerror never hears of it.
scope.addEventListener('unhandledrejection', (e) => {
  scope.postMessage({ type: 'failed', message: messageOf(e.reason) });
});

async function run(request: ValidateRequest): Promise<void> {
  // While it awaits the files' bytes; the checks below are one long task, and say so with their progress instead.
  const beat = setInterval(() => scope.postMessage({ type: 'alive' }), HEARTBEAT_MS);
  try {
    await check(request);
  } finally {
    clearInterval(beat);
  }
}

async function check({ files, ctx }: ValidateRequest): Promise<void> {
  const early: (FileReport | null)[] = [];
  const inputs: FileInput[] = [];
  for (const input of files) {
    const { layer, mapping } = input;
    const name = inputName(input);
    // Checked before reading: a 200 MB file is refused without being held in memory.
    if (inputSize(input) > MAX_FILE_BYTES) {
      early.push(report(name, layer, tooLarge(name, inputSize(input))));
      continue;
    }
    try {
      inputs.push({ name, bytes: 'bytes' in input ? input.bytes : new Uint8Array(await input.file.arrayBuffer()), layer, mapping });
      early.push(null);
    } catch (err) {
      // Moved, deleted or locked since it was picked.
      early.push(report(name, layer, fileProblem(name, 'unreadable', 'error', phrase('expected.readableFile'), phrase('found.checkerStoppedWith', { message: messageOf(err) }))));
    }
  }
  let last = 0;
  let lastAt = Date.now();
  const checked = validateFiles(inputs, ctx, (fraction) => {
    // Every percent, and at least every heartbeat on a file whose percent takes longer: the page takes a long silence for a dead checker.
    if (fraction - last < 0.01 && fraction < 1 && Date.now() - lastAt < HEARTBEAT_MS) return;
    last = fraction;
    lastAt = Date.now();
    scope.postMessage({ type: 'progress', fraction });
  });
  let k = 0;
  done(early.map((r, i) => {
    const checkedReport = r ?? checked[k++]!;
    return files[i]!.values === false ? pickedReport(checkedReport) : checkedReport;
  }));
}

function done(reports: FileReport[]): void {
  const packed = packReports(reports);
  scope.postMessage({ type: 'done', reports: packed.reports }, packed.transfer);
}

function report(file: string, layer: FileReport['layer'], problem: FileReport['problems'][number]): FileReport {
  return { file, layer, detected: null, total: 0, valid: [], ids: new Set(), problems: [problem] };
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).slice(0, 200);
}
