import { FileRefusedError } from '../../../shared/records/problem';
import { readImportCall, readImportFiles, type ImportCallRead } from '../../../shared/tasks';
import { keptIndexesOf, readOptionsFor } from '../../../shared/workbook';
import {
  isImportRequest,
  packFiles,
  type ImportReply,
  type ImportRequest,
} from './import-messages';

// Parses and checks imported files off the main thread, so the page stays
// responsive through a 100,000-row return (the README’s How fast table, speed targets).

function reply(message: ImportReply): void {
  self.postMessage(message);
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The call's files read, keeping the readable ones only when the request asks to. */
function readCall(request: ImportRequest): ImportCallRead {
  const stored = request.stored ?? [];
  const options = readOptionsFor(request.year, request.context);
  if (request.keepReadable === true) return readImportFiles(request.files, stored, options);
  const files = readImportCall(request.files, stored, options);
  return { files, refused: [], read: request.files.map(() => true) };
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = event.data;
  if (!isImportRequest(request)) return;
  void (async () => {
    const total = request.files.length + 1;
    try {
      const hashes: string[] = [];
      for (const [index, file] of request.files.entries()) {
        reply({ type: 'progress', done: index, total, step: `Reading ${file.name}` });
        hashes.push(await sha256(file.bytes));
      }
      reply({ type: 'progress', done: request.files.length, total, step: 'Checking the records' });
      const read = readCall(request);
      const [firstRefused] = read.refused;
      if (read.files.length === 0 && firstRefused !== undefined) {
        const message = read.refused.map((refused) => refused.message).join(' ');
        reply({ type: 'refused', file: firstRefused.file, message });
        return;
      }
      const readHashes = hashes.filter((_, index) => read.read[index] === true);
      // Indexed here, from the rows just read, so the indicators and conflicts never read them again.
      reply({
        type: 'done',
        refused: read.refused.map(({ file, message }) => ({ file, message })),
        files: packFiles(
          read.files.map((file, index) => ({
            parsed: file,
            sha256: readHashes[index] ?? '',
            ...keptIndexesOf(file),
          })),
        ),
      });
    } catch (error: unknown) {
      if (error instanceof FileRefusedError) {
        reply({ type: 'refused', file: error.file, message: error.message });
      } else {
        reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    }
  })();
});
