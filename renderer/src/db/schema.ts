import type { Operation } from '../../../shared/bundle';
import type { RecordProblem, Severity } from '../../../shared/records/problem';
import type { ParsedKind } from '../../../shared/records/read-files';
import type { CollectionYear } from '../../../shared/records/ssda903';

/**
 * One operation of an inspection's log (shared/bundle): every change the
 * workbook holds, kept append-only; the workbook is the log folded.
 */
export type StoredOperation = Operation & { readonly inspectionId: string };

/** What the inspections list shows, kept beside the log so the list opens fast. */
export type InspectionSummary = {
  readonly id: string;
  readonly council: string;
  readonly laCode: string;
  readonly kind: string;
  readonly framework: string;
  readonly onSiteStart: string;
  readonly onSiteEnd: string;
  readonly updatedAt: string;
};

/**
 * One imported file: who it belongs to, what it was, where it came from, and
 * how many rows and problems it brought. Its rows and problems live in
 * chunks (below), so opening a workbook never loads them all.
 */
export type ImportRecord = {
  readonly id: string;
  readonly inspectionId: string;
  /** `council`, a delegated provider's id, or `inspection` (registers, Companies House). */
  readonly owner: string;
  readonly fileName: string;
  readonly size: number;
  readonly sha256: string;
  /** e.g. `ssda903-csv`, `annex-a`, `ofsted-providers`. */
  readonly kind: ParsedKind;
  readonly importedAt: string;
  readonly importedBy: string;
  /** Every data row kept, summed over the file's tables or sheets. */
  readonly rows: number;
  /** Rows per table or sheet name. */
  readonly tables: Readonly<Record<string, number>>;
  readonly problems: Readonly<Record<Severity, number>>;
  /** The collection year the 903 files were checked against (903 files). */
  readonly year?: CollectionYear;
  /** Whether that year was given by the person importing or worked out from the episodes. */
  readonly yearSource?: 'given' | 'detected';
  /** The data date a Companies House file's name carries. */
  readonly date?: string;
  /**
   * The readers' rules version its rows and problems were made under
   * (shared/records/rules-version.ts); absent on imports stored before it
   * was recorded, which were made under version 1.
   */
  readonly rulesVersion?: number;
};

/**
 * A slice of one table's rows. IndexedDB is slow per record (https://developer.mozilla.org/en-US/docs/Web/API/IndexedDB_API/Using_IndexedDB:
 * 100k records take 13–19 s in Chromium), so imported rows are stored a few
 * thousand to a record; a chunk is also the unit later encrypted whole
 * (README, Layout).
 */
export type RowChunk = {
  /** `${importId}/${table}/${index}` */
  readonly id: string;
  readonly importId: string;
  readonly table: string;
  readonly index: number;
  readonly rows: readonly unknown[];
};

/** A slice of one import's problems, in file order. */
export type ProblemChunk = {
  /** `${importId}/${index}` */
  readonly id: string;
  readonly importId: string;
  readonly index: number;
  readonly problems: readonly RecordProblem[];
};

/** The bytes of an imported file, kept so a bundle export carries the evidence itself. */
export type SourceFile = { readonly sha256: string; readonly bytes: Uint8Array };

/** A bundle part other than an imported file (e.g. an attachment), kept to export again. */
export type StoredPart = {
  /** `${inspectionId}/${name}` */
  readonly id: string;
  readonly inspectionId: string;
  /** The part's name inside the bundle's `parts/` folder. */
  readonly name: string;
  readonly bytes: Uint8Array;
};

/** Rows per chunk: large enough that 100k rows are 20 records, small enough to page. */
export const CHUNK_ROWS = 5000;
