import { demoProviders } from '../../../../shared/demo';
import type { Workbook } from '../../../../shared/domain';
import type { Result } from '../../../../shared/util/result';
import { err, ok } from '../../../../shared/util/result';
import type { WorkbookDb } from '../../db/db';
import { storeImportCall } from '../../db/import-call';
import type { ChosenFile } from '../../platform';
import { startImport } from '../records/import-client';

type DemoFiles = Readonly<
  Record<'council' | 'trust' | 'swp' | 'inspection', readonly ChosenFile[]>
>;

function isFileList(value: unknown): value is ChosenFile[] {
  return (
    Array.isArray(value) &&
    value.every(
      (file: unknown) =>
        typeof file === 'object' &&
        file !== null &&
        'name' in file &&
        'bytes' in file &&
        file.bytes instanceof Uint8Array,
    )
  );
}

function generate(year: number): Promise<DemoFiles> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../workers/demo.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      worker.terminate();
      const data = event.data;
      if (typeof data !== 'object' || data === null)
        return reject(new Error('The demo generator answered nothing.'));
      const files = (key: string): ChosenFile[] => {
        const list: unknown = Reflect.get(data, key);
        return isFileList(list)
          ? list.map((f) => ({ name: f.name, size: f.bytes.byteLength, bytes: f.bytes }))
          : [];
      };
      resolve({
        council: files('council'),
        trust: files('trust'),
        swp: files('swp'),
        inspection: files('inspection'),
      });
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message));
    });
    worker.postMessage(year);
  });
}

/**
 * Imports the demo's synthetic records into a demo inspection through the
 * same worker and store as files a user chooses: the council's return, each
 * provider's own, and the provider list.
 */
export async function importDemoRecords(
  db: WorkbookDb,
  workbook: Workbook,
  author: string,
): Promise<Result<number>> {
  const start = workbook.inspection.onSite.start;
  const year =
    Number(start.slice(5, 7)) >= 4 ? Number(start.slice(0, 4)) - 1 : Number(start.slice(0, 4)) - 2;
  const files = await generate(year);
  const providerId = (key: string) =>
    workbook.providers.find((p) => p.name === demoProviders.find((d) => d.key === key)?.name)?.id;
  const groups: readonly [string | undefined, readonly ChosenFile[]][] = [
    ['council', files.council],
    [providerId('trust'), files.trust],
    [providerId('swp'), files.swp],
    ['council', files.inspection],
  ];
  let count = 0;
  for (const [owner, group] of groups) {
    if (owner === undefined) return err('demo.provider', 'The demo’s providers are missing.');
    const outcome = await startImport(group, () => undefined).outcome;
    if (outcome.type !== 'done')
      return err('demo.import', `The demo records could not be imported (${outcome.type}).`);
    const bytesOf = new Map(group.map((file) => [file.name, file.bytes]));
    const stored = await storeImportCall(
      db,
      workbook.inspection.id,
      owner,
      author,
      outcome.files.map((file) => ({
        ...file,
        bytes: bytesOf.get(file.parsed.file) ?? new Uint8Array(),
      })),
    );
    if (!stored.ok) return stored;
    count += stored.data.ids.length;
  }
  return ok(count);
}
