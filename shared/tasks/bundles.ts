import {
  BundleError,
  mergeBundles,
  readBundle,
  type Bundle,
  type MergedBundle,
  type PartReading,
} from '../bundle';
import type { Workbook } from '../domain';
import { reconcileSyncParts } from '../sync/state';
import { err, ok, type Result } from '../util/result';
import {
  refusalOf,
  verifyLog,
  workbookEntities,
  workbookFromOperations,
  workbookParts,
  type LogVerification,
} from '../workbook';

/**
 * Opening and merging `.inspection` bundles, as one task for the command and
 * the app: the same checks (shared/bundle's reader and merge, then the whole
 * workbook the log leads to) and the same refusals, word for word. Reading
 * the file from disk or from a file input stays with the caller.
 */

/** A bundle as read and checked, with the workbook it holds and its changes' signatures checked. */
export type OpenedBundle = {
  readonly bundle: Bundle;
  readonly workbook: Workbook;
  readonly verification: LogVerification;
};

/**
 * Reads and fully checks a bundle's bytes, naming `fileName` in any refusal:
 * a file that is not a bundle, a part that fails its check, or a log that
 * does not lead to a valid workbook.
 */
export function openBundleBytes(
  fileName: string,
  bytes: Uint8Array,
  /** When each part's checksum and schema are checked: all on open, or each when first read. */
  checkParts: PartReading = 'eager',
): Result<OpenedBundle> {
  let bundle: Bundle;
  try {
    bundle = readBundle(bytes, { entities: workbookEntities, parts: workbookParts }, checkParts);
  } catch (error: unknown) {
    if (error instanceof BundleError)
      return err(`bundle.${error.code}`, `${fileName}: ${error.message}`);
    const message = error instanceof Error ? error.message : String(error);
    return err('bundle.unreadable', `${fileName}: this is not an inspection bundle (${message}).`);
  }
  const workbook = workbookFromOperations(bundle.operations);
  if (!workbook.ok) return err(workbook.error.code, `${fileName}: ${workbook.error.message}`);
  // The manifest says which inspection the bundle is; its log must agree, or
  // a merge or open could file one inspection's changes under another.
  const logged = workbook.data.inspection.id;
  if (logged !== bundle.manifest.inspectionId) {
    return err(
      'bundle.manifest-mismatch',
      `${fileName}: manifest.json names inspection "${bundle.manifest.inspectionId.slice(0, 80)}" but its ` +
        `log is of inspection "${logged.slice(0, 80)}", so the bundle was altered; ask the sender to export it again.`,
    );
  }
  // Every change checked against the team roster (shared/workbook/signed-log.ts): in a
  // workbook its lead has signed, a forged, altered or unsigned change refuses the file.
  const verification = verifyLog(bundle.operations);
  const refusal = refusalOf(verification);
  if (refusal !== undefined) return err('bundle.signature', `${fileName}: ${refusal}`);
  return ok({ bundle, workbook: workbook.data, verification });
}

/** Two copies of one inspection merged, with the workbook they lead to. */
export type MergedWorkbook = MergedBundle & {
  readonly workbook: Workbook;
  readonly verification: LogVerification;
};

/**
 * Merges two copies of one inspection: every change of both is kept, per
 * field the later one wins and each clash is listed (shared/bundle/merge.ts).
 * Refuses bundles of different inspections, and a merge whose workbook would
 * not be valid, writing nothing.
 */
export function mergeWorkbooks(ours: Bundle, theirs: Bundle): Result<MergedWorkbook> {
  let merged: MergedBundle;
  // Two copies of one member's team-folder record are combined, not refused as a part clash.
  const [ourParts, theirParts] = reconcileSyncParts(ours.parts, theirs.parts);
  try {
    merged = mergeBundles({ ...ours, parts: ourParts }, { ...theirs, parts: theirParts });
  } catch (error: unknown) {
    if (error instanceof BundleError) return err(`bundle.${error.code}`, error.message);
    throw error;
  }
  const after = workbookFromOperations(merged.operations);
  if (!after.ok) {
    return err('merge.invalid', `The merged workbook would not be valid: ${after.error.message}`);
  }
  // Each side was checked when opened; the union is checked again, so a change one
  // side holds cannot slip in under the other's roster.
  const verification = verifyLog(merged.operations);
  const refusal = refusalOf(verification);
  if (refusal !== undefined) return err('merge.signature', `The merged workbook: ${refusal}`);
  return ok({ ...merged, workbook: after.data, verification });
}
