import type { Bundle } from '../../../shared/bundle';
import {
  exportRecipients,
  sealBundleTo,
  sealBundleWithPassphrase,
  unsealBundleFile,
  type OpenedBundleFile,
} from '../../../shared/tasks/sealed-bundles';
import { teamKeysInForce, type TeamKeys } from '../../../shared/tasks/team-keys';
import { teamRecipients, type TeamMemberKey } from '../../../shared/workbook';
import { ok, type Result } from '../../../shared/util/result';
import type { WorkbookDb } from './db';
import { exportInspection, readInspectionBundle } from './bundle-repository';
import { currentIdentity, openingIdentities } from './identity-store';
import { loadOperations, loadWorkbook } from './workbook-repository';

/*
 * The app's side of bundles encrypted to the team (shared/tasks/sealed-bundles.ts
 * does the sealing and opening, as the command does): which keys an export
 * goes to, and the person's identities for opening one.
 */

/**
 * The inspection's team with the keys its bundles are encrypted to, and
 * where they come from: the signed roster, or before it the team's recorded
 * keys (the one rule, shared/tasks/team-keys.ts).
 */
export async function loadTeamKeysInForce(
  db: WorkbookDb,
  inspectionId: string,
): Promise<Result<TeamKeys>> {
  const workbook = await loadWorkbook(db, inspectionId);
  if (!workbook.ok) return workbook;
  return ok(teamKeysInForce(workbook.data, await loadOperations(db, inspectionId)));
}

/** The inspection's team, each member with the key its bundles are encrypted to, if any. */
export async function loadTeamKeys(
  db: WorkbookDb,
  inspectionId: string,
): Promise<Result<TeamMemberKey[]>> {
  const keys = await loadTeamKeysInForce(db, inspectionId);
  return keys.ok ? ok([...keys.data.members]) : keys;
}

/** How an export is to be written. */
export type ExportChoice = {
  /** Encrypted to the team's keys and the person's own; `false` only when the team has none. */
  readonly encrypt: boolean;
  /** When given, a second file sealed with this passphrase, for someone outside the team. */
  readonly passphrase?: string | undefined;
};

/** What an export wrote: the bundle (encrypted to `recipients`, or plain), and the passphrase copy. */
export type ExportedBundle = {
  readonly bytes: Uint8Array;
  /** The public keys it is encrypted to; empty for a plain bundle. */
  readonly recipients: readonly string[];
  readonly passphraseCopy?: Uint8Array;
};

/**
 * The inspection's bundle as the person chose: encrypted to every team
 * member's known key and their own (listed in its manifest, so the command
 * keeps it encrypted to the same people), or plain; and, when a passphrase
 * is given, a copy sealed with it. Nothing plain is returned when sealing fails.
 */
export async function exportBundleFiles(
  db: WorkbookDb,
  inspectionId: string,
  exportedBy: string,
  choice: ExportChoice,
): Promise<Result<ExportedBundle>> {
  let main: ExportedBundle;
  if (choice.encrypt) {
    const team = await loadTeamKeys(db, inspectionId);
    if (!team.ok) return team;
    const own = await currentIdentity(db);
    const recipients = exportRecipients(teamRecipients(team.data), [own.recipient]);
    const sealed = await sealBundleTo(
      await exportInspection(db, inspectionId, exportedBy, recipients),
      recipients,
    );
    if (!sealed.ok) return sealed;
    main = { bytes: sealed.data, recipients };
  } else {
    main = { bytes: await exportInspection(db, inspectionId, exportedBy), recipients: [] };
  }
  if (choice.passphrase === undefined) return ok(main);
  const copy = await sealBundleWithPassphrase(
    await exportInspection(db, inspectionId, exportedBy),
    choice.passphrase,
  );
  return copy.ok ? ok({ ...main, passphraseCopy: copy.data }) : copy;
}

/** A bundle file opened and checked, and how it had been sealed. */
export type OpenedBundle = {
  readonly bundle: Bundle;
  readonly sealedTo: OpenedBundleFile['sealedTo'];
};

/**
 * Decrypts (with the person's identities, or `passphrase` once asked for)
 * and checks a bundle file. A refusal names the file; one with the code
 * `bundle.passphrase-needed` asks the caller for the passphrase.
 */
export async function openBundleFileBytes(
  db: WorkbookDb,
  fileName: string,
  bytes: Uint8Array,
  passphrase?: string,
): Promise<Result<OpenedBundle>> {
  const opened = await unsealBundleFile(fileName, bytes, {
    identities: await openingIdentities(db),
    passphrase,
  });
  if (!opened.ok) return opened;
  const bundle = readInspectionBundle(fileName, opened.data.bytes);
  return bundle.ok ? ok({ bundle: bundle.data, sealedTo: opened.data.sealedTo }) : bundle;
}

/** The file name of a bundle's passphrase copy: `northmoor-2026-11-23-passphrase.inspection`. */
export function passphraseCopyName(fileName: string): string {
  return fileName.replace(/(\.inspection)?$/, '-passphrase.inspection');
}
