import type { RebuildParser } from '../../db/rebuild-imports';
import { err, ok } from '../../../../shared/util/result';
import { startImport } from './import-client';

/** Re-reads imported files in the import worker, for bundles opened or merged. */
export const parseInWorker: RebuildParser = async (files, options = {}) => {
  const outcome = await startImport(
    files.map((file) => ({ name: file.name, size: file.bytes.byteLength, bytes: file.bytes })),
    () => undefined,
    [],
    options,
  ).outcome;
  switch (outcome.type) {
    case 'done':
      return ok(outcome.files.map((file) => file.parsed));
    case 'refused':
      return err('bundle.import-refused', `${outcome.file}: ${outcome.message}`);
    case 'failed':
      return err('bundle.import-failed', outcome.message);
    case 'stored':
      // Not asked to store: never sent here.
      return err('bundle.import-failed', 'The bundle’s records were stored instead of read.');
    case 'cancelled':
      return err('bundle.import-cancelled', 'Reading the bundle’s records was cancelled.');
  }
};
