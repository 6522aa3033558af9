import 'fake-indexeddb/auto';
import type { WorkbookDb } from '../../../renderer/src/db/db';
import { openTestDb } from '../renderer/db/test-db';
import { runCommand } from '../../../renderer/src/db/workbook-repository';
import { createInspection, type NewInspectionInput } from '../../../shared/workbook';

/** A fresh Dexie store under fake-indexeddb, named so parallel files never share one. */
export function freshStore(): WorkbookDb {
  return openTestDb(`parity-${Math.random().toString(36).slice(2)}`);
}

/**
 * The inspection `workbook new` makes in test/unit/electron/cli/helpers.ts
 * (`newWorkbook`), created through the app's path; returns its id.
 */
export async function appInspection(
  db: WorkbookDb,
  input: Partial<NewInspectionInput> = {},
): Promise<string> {
  const created = await runCommand(db, null, 'Lead', (context) =>
    createInspection(context, {
      kind: 'ilacs-standard',
      council: { name: 'Northmoor', laCode: '899' },
      onSite: { start: '2026-10-05', end: '2026-10-05' },
      team: [{ name: 'Lead', role: 'lead' }],
      ...input,
    }),
  );
  if (!created.ok) throw new Error(created.error.message);
  return created.data;
}

/** The message of a refused command run as a child process, without the `workbook: <file>: ` prefix. */
export function refusalOf(stderr: string, file: string): string {
  return stderr
    .trim()
    .replace(/^workbook: /, '')
    .replace(`${file}: `, '');
}
