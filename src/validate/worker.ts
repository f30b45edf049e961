// Reads and checks opened files off the main thread, so the map stays
// responsive while a large file is parsed.
import { MAX_FILE_BYTES, tooLarge } from './decodeBytes.ts';
import type { FileInput } from './validateFile.ts';
import type { FileReport } from './FileReport.ts';
import { validateFiles } from './validateFiles.ts';
import type { ValidateMessage, ValidateRequest } from './workerProtocol.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ValidateRequest>) => void) | null;
  postMessage(message: ValidateMessage): void;
};

scope.onmessage = (e) => {
  void run(e.data);
};

async function run({ files, ctx }: ValidateRequest): Promise<void> {
  const refused: (FileReport | null)[] = [];
  const inputs: FileInput[] = [];
  for (const { file, layer } of files) {
    // Checked before reading: a 200 MB file is refused without being held in memory.
    if (file.size > MAX_FILE_BYTES) {
      refused.push({ file: file.name, layer, detected: null, total: 0, valid: [], ids: new Set(), problems: [tooLarge(file.name, file.size)] });
      continue;
    }
    refused.push(null);
    inputs.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()), layer });
  }
  let last = 0;
  const checked = validateFiles(inputs, ctx, (fraction) => {
    if (fraction - last < 0.01 && fraction < 1) return;
    last = fraction;
    scope.postMessage({ type: 'progress', fraction });
  });
  let k = 0;
  scope.postMessage({ type: 'done', reports: refused.map((r) => r ?? checked[k++]!) });
}
