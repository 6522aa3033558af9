/**
 * The team folder: members share an inspection through a folder their own
 * sync engine keeps in step (OneDrive or SharePoint, a network share,
 * Syncthing, a USB stick), each writing only their own immutable segments.
 * See names.ts for the layout and pass.ts for one pass.
 */
export { attachmentPartName, attachmentRefs } from './attachments';
export { authorIndexSchema, decodeIndex, encodeIndex, type AuthorIndex } from './author-index';
export { plainCrypt, type FolderEntry, type SyncCrypt, type SyncFolder } from './folder';
export {
  ensureIgnoreLine,
  IGNORE_COMMENT,
  IGNORE_FILE,
  IGNORE_LINE,
  withIgnoreLine,
} from './ignore';
export type { Arrival } from './merge-in';
export {
  ATTACHMENTS_FOLDER,
  authorId,
  FILES_FOLDER,
  INDEX_FILE,
  inspectionFolder,
  isFileName,
  keysetOf,
  storedFileName,
  segmentName,
  segmentSeq,
  skipReason,
  type SkipReason,
} from './names';
export type { Member, Notice } from './read-theirs';
export {
  decodeSegment,
  encodeSegment,
  segmentHeaderSchema,
  signedBytes,
  type Segment,
  type SegmentHeader,
} from './segment';
export {
  combineStates,
  decodeState,
  encodeState,
  reconcileSyncParts,
  SYNC_PART_FOLDER,
  syncPartName,
  type SyncState,
} from './state';
export { syncPass, type SyncPassInput, type SyncPassResult } from './pass';
export { attachmentsToWrite, filesToWrite, type Written } from './write-mine';
