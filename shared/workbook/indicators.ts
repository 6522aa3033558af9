import type { Workbook } from '../domain';
import {
  computeIndicators,
  sourceFromTables,
  type IndicatorOptions,
  type IndicatorReport,
  type IndicatorSource,
} from '../records/indicators';
import type { ImportedRecords } from './imported-records';

function pooled(
  files: readonly { readonly tables: Readonly<Record<string, readonly unknown[]>> }[],
) {
  const tables: Record<string, unknown[]> = {};
  for (const file of files) {
    for (const [name, rows] of Object.entries(file.tables))
      tables[name] = [...(tables[name] ?? []), ...rows];
  }
  return tables;
}

/**
 * The indicators of a workbook: each delegated provider's from the records
 * imported for it, and the council's from all records (the engine
 * de-duplicates children across bodies).
 */
export function indicatorsFor(
  workbook: Workbook,
  records: ImportedRecords,
  options: IndicatorOptions = {},
): IndicatorReport {
  return computeIndicators(indicatorSourcesFor(workbook, records), options);
}

/**
 * What the indicators engine counts: the council's records and each
 * delegated provider's, each owner's files pooled, named as the workbook
 * names them (the council first, even with no records).
 */
export function indicatorSourcesFor(
  workbook: Workbook,
  records: ImportedRecords,
): IndicatorSource[] {
  const sources: IndicatorSource[] = [];
  for (const { owner, files } of records.owners) {
    if (owner === 'inspection') continue;
    if (owner === 'council') {
      sources.push(
        sourceFromTables('council', 'council', workbook.inspection.council.name, pooled(files)),
      );
      continue;
    }
    const provider = workbook.providers.find((p) => p.id === owner);
    sources.push(sourceFromTables('provider', owner, provider?.name ?? owner, pooled(files)));
  }
  if (!sources.some((s) => s.kind === 'council')) {
    sources.unshift(sourceFromTables('council', 'council', workbook.inspection.council.name, {}));
  }
  return sources;
}
