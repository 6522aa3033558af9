import { RULES_VERSION } from '../../../shared/records/rules-version';
import type { Result } from '../../../shared/util/result';
import { err, ok } from '../../../shared/util/result';
import type { WorkbookDb } from './db';
import { storeImportsIn, type ParsedImport } from './imports-repository';
import type { RebuildParser } from './rebuild-imports';
import type { ImportRecord } from './schema';

/** The rules version an import was checked under (version 1 before it was recorded). */
function versionOf(record: ImportRecord): number {
  return record.rulesVersion ?? 1;
}

function byOwner(records: readonly ImportRecord[]): Map<string, ImportRecord[]> {
  const groups = new Map<string, ImportRecord[]>();
  for (const record of records)
    groups.set(record.owner, [...(groups.get(record.owner) ?? []), record]);
  return groups;
}

/**
 * Checks again, from their source files, the imports of an inspection whose
 * rows and problems were made under other rules than this version's: when
 * the checks change, what an inspector sees of an earlier import follows
 * them. Each owner's files are read together (an SSDA903 return's checks run
 * across its tables), and only the outdated imports are replaced, in one
 * transaction. Returns how many imports were checked again.
 */
export async function recheckImports(
  db: WorkbookDb,
  inspectionId: string,
  parse: RebuildParser,
): Promise<Result<number>> {
  const records = await db.imports.where('inspectionId').equals(inspectionId).toArray();
  const outdated = new Set(
    records.filter((record) => versionOf(record) !== RULES_VERSION).map((record) => record.id),
  );
  if (outdated.size === 0) return ok(0);
  const batch: ParsedImport[] = [];
  for (const [owner, group] of byOwner(records)) {
    if (!group.some((record) => outdated.has(record.id))) continue;
    const sources = await db.sourceFiles.bulkGet(group.map((record) => record.sha256));
    const files = group.flatMap((record, index) => {
      const source = sources[index];
      return source === undefined ? [] : [{ name: record.fileName, bytes: source.bytes }];
    });
    if (files.length !== group.length) {
      return err(
        'records.missing-source',
        `The imported files of ${owner === 'council' ? 'the council' : owner} cannot all be found on this device, so they were not checked again; import them again.`,
      );
    }
    const parsed = await parse(files);
    if (!parsed.ok) return parsed;
    for (const record of group.filter((r) => outdated.has(r.id))) {
      const file = parsed.data.find((candidate) => candidate.file === record.fileName);
      if (file === undefined) continue;
      batch.push({
        record: {
          ...record,
          rows: file.rows,
          tables: file.tableCounts,
          problems: file.problemCounts,
          ...(file.year === undefined ? {} : { year: file.year }),
          ...(file.yearSource === undefined ? {} : { yearSource: file.yearSource }),
          ...(file.date === undefined ? {} : { date: file.date }),
          rulesVersion: RULES_VERSION,
        },
        tables: file.tables,
        problems: file.problems,
      });
    }
  }
  await db.transaction('rw', db.imports, db.rowChunks, db.problemChunks, () =>
    storeImportsIn(db, batch),
  );
  return ok(batch.length);
}
