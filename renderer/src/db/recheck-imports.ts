import { RULES_VERSION } from '../../../shared/records/rules-version';
import type { Result } from '../../../shared/util/result';
import { err, ok } from '../../../shared/util/result';
import type { CollectionYear } from '../../../shared/records/ssda903';
import type { WorkbookDb } from './db';
import { checkContextIn } from './import-context';
import { givenYearOfRecord } from './recheck-return';
import { storeImportsIn, type ParsedImport } from './imports-repository';
import type { RebuildParser } from './rebuild-imports';
import type { ImportRecord } from './schema';

/** The rules version an import was checked under (version 1 before it was recorded). */
function versionOf(record: ImportRecord): number {
  return record.rulesVersion ?? 1;
}

/** Each owner's imports, this year's return apart from the previous year's (each read on its own). */
function byReturn(records: readonly ImportRecord[]): Map<string, ImportRecord[]> {
  const groups = new Map<string, ImportRecord[]>();
  for (const record of records) {
    const key = `${record.period ?? 'current'}:${record.owner}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return groups;
}

/** The year chosen for a return's files, when one was (read again under it, not the episodes'). */
function givenYearOfGroup(group: readonly ImportRecord[]): CollectionYear | undefined {
  for (const record of group) if (record.givenYear === null) return undefined;
  for (const record of group) {
    const year = givenYearOfRecord(record);
    if (year !== undefined) return year;
  }
  return undefined;
}

/**
 * Checks again, from their source files, the imports of an inspection whose
 * rows and problems were made under other rules than this version's: when
 * the checks change, what an inspector sees of an earlier import follows
 * them. Each owner's return is read together (an SSDA903 return's checks run
 * across its tables), under the year chosen for it and with the owner's
 * previous-year return, the provider lists and the LA code, and only the outdated imports are replaced, in one
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
  for (const group of byReturn(records).values()) {
    if (!group.some((record) => outdated.has(record.id))) continue;
    const owner = group[0]?.owner ?? 'council';
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
    // Read as at import: under the year chosen for it, in its context (previous year, providers).
    const year = givenYearOfGroup(group);
    const context = group.some((record) => record.kind.startsWith('ssda903'))
      ? await checkContextIn(db, inspectionId, owner, group[0]?.period ?? 'current')
      : undefined;
    const parsed = await parse(files, {
      ...(year === undefined ? {} : { year }),
      ...(context === undefined ? {} : { context }),
    });
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
