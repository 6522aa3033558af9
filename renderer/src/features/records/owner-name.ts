import type { Workbook } from '../../../../shared/domain';

/**
 * Whose records a file is, by name: the council, a delegated provider, or
 * the whole inspection (registers and Companies House files).
 */
export function ownerNameIn(workbook: Workbook): (owner: string) => string {
  return (owner) =>
    owner === 'council'
      ? workbook.inspection.council.name
      : owner === 'inspection'
        ? 'Whole inspection'
        : (workbook.providers.find((p) => p.id === owner)?.name ?? owner);
}
