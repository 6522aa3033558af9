import type { Operation } from '../bundle';
import { readRecordFiles, type InputFile } from '../records/read-files';
import { importPartName, inspectionWideKinds, readPartName } from '../workbook/import-record';
import { storedReadBytes } from '../workbook/imported-records';
import { recordImports } from '../workbook/imports';
import { workbookFromOperations } from '../workbook/materialise';
import { createSession } from '../workbook/session';
import { demoProviders, demoTeam } from './content';
import { generateDemoRecords } from './records';

/** What the demo's records add: the log entries, and the files' bytes and reads, by bundle part name. */
export type DemoWithRecords = {
  readonly operations: readonly Operation[];
  readonly parts: Readonly<Record<string, Uint8Array>>;
};

/** The last complete collection year (1 April – 31 March) before the on-site date. */
function yearBefore(onSiteStart: string): number {
  const year = Number(onSiteStart.slice(0, 4));
  const month = Number(onSiteStart.slice(5, 7));
  return month >= 4 ? year - 1 : year - 2;
}

/**
 * Imports the demo's synthetic records into a demo log through the same
 * readers and import command as any council's files: the council's whole
 * SSDA903 return and CIN census, each provider's own (and the trust's Annex A), and
 * the Ofsted provider list for the whole inspection. `sha256` hashes a
 * file's bytes (Node's crypto in the command; precomputed with WebCrypto in
 * the app).
 */
export function addDemoRecords(
  operations: readonly Operation[],
  ids: {
    readonly newId: (prefix: string) => string;
    readonly now: () => string;
    readonly sha256: (bytes: Uint8Array) => string;
  },
): DemoWithRecords {
  const workbook = workbookFromOperations(operations);
  if (!workbook.ok) throw new Error(workbook.error.message);
  const records = generateDemoRecords({ year: yearBefore(workbook.data.inspection.onSite.start) });
  const providerId = (key: string): string => {
    const name = demoProviders.find((p) => p.key === key)?.name;
    const found = workbook.data.providers.find((p) => p.name === name);
    if (found === undefined) throw new Error(`demo provider ${key} is missing`);
    return found.id;
  };
  const groups: readonly { readonly owner: string; readonly files: readonly InputFile[] }[] = [
    { owner: 'council', files: [...records.council, records.cin.council] },
    { owner: providerId('trust'), files: [...records.providers.trust, records.cin.trust] },
    { owner: providerId('swp'), files: [...records.providers.swp, records.cin.swp] },
    { owner: 'inspection', files: records.inspection },
  ];
  const session = createSession({ newId: ids.newId, now: ids.now, operations });
  const parts: Record<string, Uint8Array> = {};
  const [inspector] = demoTeam.inspectors;
  for (const group of groups) {
    const parsed = readRecordFiles(group.files);
    const metas = parsed.map((file, index) => {
      const bytes = group.files[index]?.bytes ?? new Uint8Array();
      const sha256 = ids.sha256(bytes);
      parts[importPartName(sha256)] = bytes;
      return {
        owner: inspectionWideKinds.some((k) => k === file.kind) ? 'inspection' : group.owner,
        fileName: file.file,
        size: file.size,
        sha256,
        kind: file.kind,
        rows: file.rows,
        tables: { ...file.tableCounts },
        problems: { ...file.problemCounts },
      };
    });
    let imported: readonly string[] = [];
    session.run(inspector, (context) => {
      const outcome = recordImports(context, metas);
      if (outcome.ok) imported = outcome.data.ids;
      return outcome;
    });
    // What the readers made of each file, as an import stores it, so that
    // nothing opening the demo reads its files again.
    parsed.forEach((file, index) => {
      const id = imported[index];
      if (id !== undefined) parts[readPartName(id)] = storedReadBytes(file);
    });
  }
  return { operations: session.operations, parts };
}
