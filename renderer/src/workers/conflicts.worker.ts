import type { Operation } from '../../../shared/bundle';
import { runConflicts, workbookFromOperations } from '../../../shared/workbook';

// Runs conflict-of-interest detection off the main thread: it re-reads every
// imported file and walks the ownership graph.
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const data = event.data;
  if (typeof data !== 'object' || data === null) return;
  const operations: unknown = Reflect.get(data, 'operations');
  const parts: unknown = Reflect.get(data, 'parts');
  try {
    if (!Array.isArray(operations) || typeof parts !== 'object' || parts === null)
      throw new Error('bad request');
    // The page sends the log it read from its own database.
    // oxlint-disable-next-line typescript/no-unsafe-type-assertion
    const log = operations as Operation[];
    const workbook = workbookFromOperations(log);
    if (!workbook.ok) throw new Error(workbook.error.message);
    // Part name → bytes, built by the page from its source-file table.
    // oxlint-disable-next-line typescript/no-unsafe-type-assertion
    const report = runConflicts(workbook.data, log, parts as Record<string, Uint8Array>);
    self.postMessage({ ok: true, report });
  } catch (error: unknown) {
    self.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
