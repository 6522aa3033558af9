import { Dexie, type EntityTable } from 'dexie';
import type { DataKeys } from './protection/data-keys';
import type { StoredKeyring } from './protection/keyring-record';
import { protectionMiddleware } from './protection/middleware';
import type { StoredComparators } from './comparators-store';
import type { StoredConflictReport } from './conflict-report-store';
import type { StoredImportIndex } from './import-index-store';
import type { StoredIndicatorReport } from './indicator-index-store';
import type { StoredIdentity } from './identity-store';
import type { StoredTrustedCertificate } from './trusted-certificates-store';
import type { StoredPlacementIndex } from './placement-index-store';
import type { StoredLogSnapshot } from './log-snapshot';
import type {
  StoredFolderHandle,
  StoredTeamFolder,
} from '../features/team-folder/team-folder-record';
import type {
  ImportRecord,
  InspectionSummary,
  ProblemChunk,
  RowChunk,
  SourceFile,
  StoredPart,
  StoredOperation,
} from './schema';

/** The app's IndexedDB database, with typed tables. */
export type WorkbookDb = Dexie & {
  operations: EntityTable<StoredOperation, 'id'>;
  inspections: EntityTable<InspectionSummary, 'id'>;
  imports: EntityTable<ImportRecord, 'id'>;
  rowChunks: EntityTable<RowChunk, 'id'>;
  problemChunks: EntityTable<ProblemChunk, 'id'>;
  sourceFiles: EntityTable<SourceFile, 'sha256'>;
  bundleParts: EntityTable<StoredPart, 'id'>;
  /** Version 3's index per inspection, no longer written (version 4 empties it). */
  indicatorIndexes: EntityTable<{ readonly inspectionId: string }, 'inspectionId'>;
  importIndexes: EntityTable<StoredImportIndex, 'importId'>;
  indicatorReports: EntityTable<StoredIndicatorReport, 'inspectionId'>;
  conflictReports: EntityTable<StoredConflictReport, 'inspectionId'>;
  comparatorUpdates: EntityTable<StoredComparators, 'id'>;
  identities: EntityTable<StoredIdentity, 'recipient'>;
  trustedCertificates: EntityTable<StoredTrustedCertificate, 'fingerprint'>;
  placementIndexes: EntityTable<StoredPlacementIndex, 'importId'>;
  /** The data key, wrapped by the passphrase and by the recovery key: the one plain table. */
  keyring: EntityTable<StoredKeyring, 'id'>;
  /** Unsaved form contents (the evidence draft), by the key the form uses. */
  drafts: EntityTable<StoredDraft, 'id'>;
  /** The team folder each inspection is shared through, and what its passes found. */
  teamFolders: EntityTable<StoredTeamFolder, 'inspectionId'>;
  /** The browser host's directory handle per team folder (plain: a handle is not data). */
  folderHandles: EntityTable<StoredFolderHandle, 'inspectionId'>;
  /** Each inspection's log kept whole, so opening it reads one record (log-snapshot.ts). */
  logSnapshots: EntityTable<StoredLogSnapshot, 'inspectionId'>;
};

/** One unsaved form's contents, as the text the form wrote. */
export type StoredDraft = { readonly id: string; readonly text: string };

/**
 * The database's tables and versions, without the protection layer: for
 * {@link openWorkbookDb}, and for encrypting a store that was kept plain
 * (protection/migrate.ts), which must see records as they lie on disk.
 */
export function declareWorkbookDb(name: string): WorkbookDb {
  // Dexie's documented way to type tables (dexie.org/docs/Typescript): the
  // tables exist once `stores()` below has declared them.
  // oxlint-disable-next-line typescript/no-unsafe-type-assertion
  const db = new Dexie(name) as WorkbookDb;
  declareVersions(db);
  return db;
}

/**
 * Opens (or creates) the database, every table but the keyring encrypted
 * with the data key `keys` holds (protection/middleware.ts): while locked,
 * reading or writing them is refused. `version(n)` blocks are append-only: a
 * user's laptop may hold any earlier version, and Dexie upgrades through
 * each in turn (https://dexie.org/docs/Tutorial/Design#database-versioning).
 * Indexes are limited to what queries need, since index values stay readable
 * once payloads are encrypted.
 */
export function openWorkbookDb(name: string, keys: DataKeys): WorkbookDb {
  const db = declareWorkbookDb(name);
  db.use(protectionMiddleware(keys));
  return db;
}

/** The app's database name. */
export const WORKBOOK_DB_NAME = 'inspection-workbook';

function declareVersions(db: WorkbookDb): void {
  db.version(1).stores({
    operations: 'id, inspectionId',
    inspections: 'id',
    imports: 'id, inspectionId, [inspectionId+owner]',
    rowChunks: 'id, importId',
    problemChunks: 'id, importId',
    sourceFiles: 'sha256',
  });
  // Version 2: bundle parts other than imported files (attachments), per inspection.
  db.version(2).stores({ bundleParts: 'id, inspectionId' });
  // Version 3: the indicators' prebuilt index per inspection, the indicators
  // computed from it, and the conflicts found: caches keyed by what they were made from.
  db.version(3).stores({
    indicatorIndexes: 'inspectionId',
    indicatorReports: 'inspectionId',
    conflictReports: 'inspectionId',
  });
  // Version 4: the indicators' index per imported file instead of per
  // inspection (pooling them is cheap, and an import indexes only itself).
  db.version(4)
    .stores({ importIndexes: 'importId, inspectionId' })
    .upgrade(async (tx) => {
      await tx.table('indicatorIndexes').clear();
    });
  // Version 5: a newer DfE release of the comparator files loaded in Settings,
  // with the record of what was loaded (one row; the bundled figures are the fallback).
  db.version(5).stores({ comparatorUpdates: 'id' });
  // Version 6: each imported file's placements in columns for the conflict
  // check, beside its rows (built at import, like the indicators' index); the
  // kept conflicts found by what they were found from (a digest), so a stale
  // one is not read only to be dropped.
  db.version(6).stores({
    placementIndexes: 'importId, inspectionId',
    conflictReports: 'inspectionId, [inspectionId+key]',
  });
  // Version 7: the keyring, kept plain, and unsaved drafts, moved out of
  // localStorage so they are encrypted too.
  db.version(7).stores({ keyring: 'id', drafts: 'id' });
  // Version 8: the person's age identities (identity-store.ts), keyed by public key.
  db.version(8).stores({ identities: 'recipient' });
  // Version 9: the certificates this person trusts to vouch for report
  // signers (Settings), keyed by SHA-256 fingerprint. Public certificates,
  // no personal data about children.
  db.version(9).stores({ trustedCertificates: 'fingerprint' });
  // Version 10: the team folder each inspection is shared through (its
  // passes' findings, encrypted) and, in the browser host, the directory
  // handle the person chose, which IndexedDB keeps by structured clone
  // (https://developer.chrome.com/docs/capabilities/web-apis/file-system-access#storing_file_handles_or_directory_handles_in_indexeddb).
  db.version(10).stores({ teamFolders: 'inspectionId', folderHandles: 'inspectionId' });
  // Version 12: each inspection's log kept
  // whole in one record, so opening a workbook does not read and decrypt its
  // operations one by one (log-snapshot.ts); a cache, written when first needed.
  db.version(12).stores({ logSnapshots: 'inspectionId' });
}
