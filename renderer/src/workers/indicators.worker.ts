import type { Operation } from '../../../shared/bundle';
import {
  importsFromOperations,
  indicatorsFor,
  inspectionWideKinds,
  workbookFromOperations,
} from '../../../shared/workbook';

// Computes the indicators off the main thread, with the same engine call as
// `workbook indicators` and the report's data annex (report.worker.ts):
// `indicatorsFor` re-reads every imported file, so it is too slow for the page.

/** Bundle part name → bytes, as the page built them from its source-file table. */
function partsFrom(value: unknown): Record<string, Uint8Array> {
  const parts: Record<string, Uint8Array> = {};
  if (typeof value !== 'object' || value === null) return parts;
  for (const [name, bytes] of Object.entries(value))
    if (bytes instanceof Uint8Array) parts[name] = bytes;
  return parts;
}

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  try {
    const operations: unknown = Reflect.get(Object(event.data), 'operations');
    if (!Array.isArray(operations)) throw new Error('The page sent no workbook.');
    // The page sends the log it read from its own database.
    // oxlint-disable-next-line typescript/no-unsafe-type-assertion
    const log = operations as Operation[];
    const workbook = workbookFromOperations(log);
    if (!workbook.ok) throw new Error(workbook.error.message);
    // Provider lists and Companies House files describe the market, not any
    // body's children: without a 903 return or Annex A list there is nothing to count.
    const records = importsFromOperations(log).filter(
      (entry) => !inspectionWideKinds.includes(entry.kind),
    );
    if (records.length === 0) {
      self.postMessage({ type: 'empty' });
      return;
    }
    const report = indicatorsFor(
      workbook.data,
      log,
      partsFrom(Reflect.get(Object(event.data), 'parts')),
    );
    // Every delegated provider, so one with no records imported still has its column.
    const providers = workbook.data.providers.map((p) => ({ id: p.id, name: p.name }));
    self.postMessage({ type: 'done', report, providers });
  } catch (error: unknown) {
    self.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
