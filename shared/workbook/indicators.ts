import type { Workbook } from '../domain';
import {
  cinCensusTables,
  indexImport,
  indicatorIndexOf,
  indicatorsFromIndex,
  sourceFromTables,
  type ImportIndex,
  type IndexedOwner,
  type IndicatorOptions,
  type IndicatorReport,
} from '../records/indicators';
import type { ImportedRecords } from './imported-records';

/**
 * One imported file's index for the indicators (the engine keeps only the
 * tables it counts). Built once per file: the app keeps it beside the
 * file's rows, so the indicators never read those rows again.
 */
export function importIndexOf(file: {
  readonly kind: string;
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
}): ImportIndex {
  // A CIN census shares table names (Header, Reviews) with the 903: its
  // tables are indexed as a census, never as 903 tables.
  if (file.kind === 'cin-census') return indexImport({}, [cinCensusTables(file.tables)]);
  return indexImport(sourceFromTables('council', 'council', '', file.tables).tables);
}

/** The files of one owner (`council`, a provider's id, or `inspection`), indexed. */
export type OwnerIndexes = { readonly owner: string; readonly imports: readonly ImportIndex[] };

/**
 * What the indicators engine pools: the council's files and each delegated
 * provider's, named as the workbook names them, in its order (the council
 * first, even with no records). Inspection-wide files (provider lists, Companies House) are
 * nobody's children and are left out.
 */
export function indexedOwnersFor(
  workbook: Workbook,
  owners: readonly OwnerIndexes[],
): IndexedOwner[] {
  const council = workbook.inspection.council.name;
  const indexed: IndexedOwner[] = [
    {
      kind: 'council',
      id: 'council',
      name: council,
      imports: owners
        .filter((entry) => entry.owner === 'council')
        .flatMap((entry) => entry.imports),
    },
  ];
  // Providers in the workbook's order, whatever order their files were read in; a provider
  // since removed from the workbook keeps its records, after the others.
  const rank = (owner: string): number => {
    const at = workbook.providers.findIndex((p) => p.id === owner);
    return at === -1 ? workbook.providers.length : at;
  };
  const ordered = owners
    .filter(({ owner }) => owner !== 'inspection' && owner !== 'council')
    .toSorted((a, b) => rank(a.owner) - rank(b.owner));
  for (const { owner, imports } of ordered) {
    const provider = workbook.providers.find((p) => p.id === owner);
    indexed.push({ kind: 'provider', id: owner, name: provider?.name ?? owner, imports });
  }
  return indexed;
}

/**
 * The indicators of a workbook: each delegated provider's from the records
 * imported for it, and the council's from all records (the engine
 * de-duplicates children across bodies). Previous-year returns are not
 * counted.
 */
export function indicatorsFor(
  workbook: Workbook,
  records: ImportedRecords,
  options: IndicatorOptions = {},
): IndicatorReport {
  // A previous-year return is there for the DfE's checks across years, not to be counted.
  const owners = records.owners.map(({ owner, files }) => ({
    owner,
    imports: files.filter((file) => file.period !== 'previous').map(importIndexOf),
  }));
  return indicatorsFromIndex(indicatorIndexOf(indexedOwnersFor(workbook, owners)), options);
}
