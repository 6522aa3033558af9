import type { Operation } from '../../../shared/bundle';
import { runConflicts, workbookFromOperations, type LinkChange } from '../../../shared/workbook';

/** A link decision to try without recording it (the page's "what would this change?"). */
function whatIfOf(value: unknown): LinkChange | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const owner: unknown = Reflect.get(value, 'owner');
  const company: unknown = Reflect.get(value, 'company');
  const decision: unknown = Reflect.get(value, 'decision');
  if (typeof owner !== 'string' || typeof company !== 'string') return undefined;
  return decision === 'confirmed' || decision === 'rejected' || decision === 'undecided'
    ? { owner, company, decision }
    : undefined;
}

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
    const whatIf = whatIfOf(Reflect.get(data, 'whatIf'));
    const report = runConflicts(
      workbook.data,
      log,
      // Part name → bytes, built by the page from its source-file table.
      // oxlint-disable-next-line typescript/no-unsafe-type-assertion
      parts as Record<string, Uint8Array>,
      whatIf,
    );
    self.postMessage({ ok: true, report });
  } catch (error: unknown) {
    self.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
