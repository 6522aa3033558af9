import { FileRefusedError } from '../../../shared/records/problem';
import { readImportCall } from '../../../shared/tasks';
import { importIndexOf, inspectionWideKinds } from '../../../shared/workbook';
import { isImportRequest, type ImportReply } from './import-messages';

// Parses and checks imported files off the main thread, so the page stays
// responsive through a 100,000-row return (the README’s How fast table, speed targets).

function reply(message: ImportReply): void {
  self.postMessage(message);
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
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
      const parsed = readImportCall(
        request.files,
        request.stored ?? [],
        request.year === undefined ? {} : { year: request.year },
      );
      // Indexed here, from the rows just read, so the indicators never read them again.
      reply({
        type: 'done',
        files: parsed.map((file, index) => ({
          parsed: file,
          sha256: hashes[index] ?? '',
          ...(inspectionWideKinds.some((kind) => kind === file.kind)
            ? {}
            : { index: importIndexOf(file) }),
        })),
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
