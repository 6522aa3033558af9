import type { Operation } from '../bundle';
import {
  buildOwnershipGraph,
  detectPooled,
  withReviews,
  placementIndexOf,
  poolPlacements,
  type CompanyList,
  type ConflictReport,
  type Period,
  type PlacementIndex,
  type PscList,
  type SettingList,
} from '../conflicts';
import type { Workbook } from '../domain';
import { isCompany, isPsc, isSetting } from '../records/row-shapes';
import { flagReviews, linkDecisions, linksWith, type LinkChange } from './conflicts';
import type { ImportedRecords } from './imported-records';

/** An inspection-wide file the ownership graph is built from (a provider list, a Companies House file). */
export type RegisterFile = {
  readonly file: string;
  readonly kind: string;
  readonly date?: string;
  readonly tables: Readonly<Record<string, readonly unknown[]>>;
};

/** A council's or provider's file, by what the conflicts read of it: its year and its placements. */
export type PlacementFile = {
  readonly file: string;
  /** The 903 collection year the file was checked against, if it is a 903 file. */
  readonly year?: Period;
  /** `previous`: a file of the owner's previous-year return, which is not counted. */
  readonly period?: 'previous';
  readonly placements: PlacementIndex;
};

/**
 * What the conflicts are found from: the inspection-wide registers (read as
 * rows) and every owner's files, owner by owner in the order they were
 * imported, each with its placements' index (built once, at import).
 */
export type ConflictSources = {
  readonly registers: readonly RegisterFile[];
  readonly files: readonly PlacementFile[];
};

/**
 * The conflicts' sources of imported records: each file's placements
 * indexed from its rows with `indexOf` (the same index the app keeps at import).
 */
export function conflictSourcesOf(
  imported: ImportedRecords,
  indexOf: (file: ImportedRecords['owners'][number]['files'][number]) => PlacementIndex = (file) =>
    placementIndexOf(file.tables),
): ConflictSources {
  const registers: RegisterFile[] = [];
  const files: PlacementFile[] = [];
  for (const { owner, files: owned } of imported.owners) {
    for (const file of owned) {
      if (owner === 'inspection') {
        registers.push(file);
        continue;
      }
      // Last year's placements are not this inspection's: that return is for the DfE's checks.
      if (file.period === 'previous') continue;
      files.push({
        file: file.file,
        ...(file.year === undefined ? {} : { year: file.year }),
        placements: indexOf(file),
      });
    }
  }
  return { registers, files };
}

/** The last complete collection year before the on-site date. */
function yearBefore(onSiteStart: string): Period {
  const year = Number(onSiteStart.slice(0, 4));
  const first = Number(onSiteStart.slice(5, 7)) >= 4 ? year - 1 : year - 2;
  return { start: `${first}-04-01`, end: `${first + 1}-03-31` };
}

/**
 * What the check reads of the log besides the reviews: the delegated
 * providers, the on-site date (for the year when no 903 file gives one) and
 * the link decisions. Two logs with the same basis and the same imports give
 * the same conflicts before reviews, whatever else differs (grades, evidence).
 */
export function conflictsBasis(workbook: Workbook, operations: readonly Operation[]): unknown {
  return {
    providers: workbook.providers.map((p) => [p.id, p.name, p.companyNumber ?? null]),
    onSite: workbook.inspection.onSite.start,
    links: linkDecisions(operations)
      .map((link) => [link.owner, link.company, link.decision, link.by, link.at])
      .sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1)),
  };
}

/**
 * A report found without reviews (see {@link unreviewedConflictsFrom}) with
 * the log's reviews: each flag and lead with its latest, and those that
 * match none kept apart. The order does not depend on reviews.
 */
export function withFlagReviews(
  report: ConflictReport,
  operations: readonly Operation[],
): ConflictReport {
  const reviewed = withReviews(report.conflicts, report.leads, flagReviews(operations));
  return {
    ...report,
    conflicts: reviewed.conflicts,
    leads: reviewed.leads,
    unmatchedReviews: reviewed.unmatched,
  };
}

/**
 * Runs conflict-of-interest detection over a workbook from its sources: the
 * ownership graph from the provider lists and Companies House files
 * imported for the whole inspection plus the link decisions (with `whatIf`
 * made, if given); every placement of every owner's current files; each
 * delegated provider; and the reviews. The year is the first 903 file's
 * collection year, or the last complete year before the on-site date.
 */
export function conflictsFrom(
  workbook: Workbook,
  operations: readonly Operation[],
  sources: ConflictSources,
  whatIf?: LinkChange,
): ConflictReport {
  return withFlagReviews(
    unreviewedConflictsFrom(workbook, operations, sources, whatIf),
    operations,
  );
}

/**
 * {@link conflictsFrom} without the reviews (every flag's `review` null):
 * what depends only on the imports and the {@link conflictsBasis}, and so
 * can be kept while only reviews (or nothing the check reads) change.
 */
export function unreviewedConflictsFrom(
  workbook: Workbook,
  operations: readonly Operation[],
  sources: ConflictSources,
  whatIf?: LinkChange,
): ConflictReport {
  const settings: SettingList[] = [];
  const companies: CompanyList[] = [];
  const pscs: PscList[] = [];
  for (const file of sources.registers) {
    const rows = Object.values(file.tables).flat();
    const date = file.date ?? null;
    if (file.kind === 'ofsted-providers')
      settings.push({ file: file.file, settings: rows.filter(isSetting) });
    if (file.kind === 'ch-basic-company-data')
      companies.push({ file: file.file, date, companies: rows.filter(isCompany) });
    if (file.kind === 'ch-psc-snapshot')
      pscs.push({ file: file.file, date, pscs: rows.filter(isPsc) });
  }
  const counted = sources.files.filter((file) => file.period !== 'previous');
  const year = counted.find((file) => file.year !== undefined)?.year;
  const graph = buildOwnershipGraph({
    settings,
    companies,
    pscs,
    links: linksWith(linkDecisions(operations), whatIf),
  });
  return detectPooled(graph, {
    providers: workbook.providers.map((p) => ({
      id: p.id,
      name: p.name,
      companyNumber: p.companyNumber,
    })),
    placements: poolPlacements(
      counted.map((file) => ({ file: file.file, index: file.placements })),
    ),
    year: year ?? yearBefore(workbook.inspection.onSite.start),
  });
}

/**
 * Runs conflict-of-interest detection over a workbook's imported records
 * (see {@link conflictsFrom}): each file's placements indexed from its rows.
 */
export function runConflicts(
  workbook: Workbook,
  operations: readonly Operation[],
  imported: ImportedRecords,
  whatIf?: LinkChange,
): ConflictReport {
  return conflictsFrom(workbook, operations, conflictSourcesOf(imported), whatIf);
}
