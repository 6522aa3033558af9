import type { Workbook } from '../../../../shared/domain';
import {
  indicatorsCountingChild,
  sourceFromTables,
  type ChildIndicator,
  type IndicatorReport,
  type IndicatorSource,
} from '../../../../shared/records/indicators';
import { childTablesByOwner, type ChildRow } from '../../db/child-repository';

/**
 * The indicators counting the child, from their rows only, measured over the
 * same collection year and Annex A date as the whole records' report (the
 * Indicators screen), with sources built as `workbook indicators` builds
 * them: one per body, the council's present even when empty.
 */
export function childIndicators(
  workbook: Workbook,
  rows: readonly ChildRow[],
  childId: string,
  whole: IndicatorReport,
): ChildIndicator[] {
  const sources: IndicatorSource[] = [];
  for (const [owner, tables] of childTablesByOwner(rows)) {
    if (owner === 'inspection') continue;
    if (owner === 'council') {
      sources.push(
        sourceFromTables('council', 'council', workbook.inspection.council.name, tables),
      );
      continue;
    }
    const name = workbook.providers.find((p) => p.id === owner)?.name ?? owner;
    sources.push(sourceFromTables('provider', owner, name, tables));
  }
  if (!sources.some((source) => source.kind === 'council')) {
    sources.unshift(sourceFromTables('council', 'council', workbook.inspection.council.name, {}));
  }
  const year = whole.year === null ? undefined : Number(whole.year.start.slice(0, 4));
  return indicatorsCountingChild(sources, childId, {
    ...(year === undefined ? {} : { year }),
    ...(whole.asAt === null ? {} : { asAt: whole.asAt }),
  });
}
