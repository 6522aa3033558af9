import { readFile } from 'node:fs/promises';
import { readBundle, type Bundle } from '../../shared/bundle';
import { workbookEntities, workbookParts } from '../../shared/workbook';

/** Reads a workbook bundle from disk as the command does, checked part by part. */
export async function readBundleFile(file: string): Promise<Bundle> {
  return readBundle(new Uint8Array(await readFile(file)), {
    entities: workbookEntities,
    parts: workbookParts,
  });
}
