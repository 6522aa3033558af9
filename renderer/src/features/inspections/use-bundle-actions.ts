import { useState } from 'react';
import type { Clash } from '../../../../shared/bundle';
import { useApp } from '../../app/app-context';
import {
  exportBundleFiles,
  openBundleFileBytes,
  passphraseCopyName,
  type ExportChoice,
} from '../../db/bundle-crypto';
import { mergeBundle, openBundle, type MergeReport } from '../../db/bundle-repository';
import { getPlatform, type ChosenFile } from '../../platform';
import { parseInWorker } from '../records/parse-in-worker';
import { rememberOpenNotice } from './open-notice';

const bundleFilter = [{ name: 'Inspection bundles', extensions: ['inspection', 'zip'] }];

/** What opening or merging a bundle does with it once it is read. */
type Purpose =
  { readonly kind: 'open' } | { readonly kind: 'merge'; readonly inspectionId: string };

/** What the last bundle action did, for the page to show. */
export type BundleStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly what: string }
  | { readonly kind: 'failed'; readonly message: string }
  | {
      readonly kind: 'exported';
      readonly where: string;
      /** How many public keys it is encrypted to; 0 for a plain bundle. */
      readonly recipients: number;
      readonly copyWhere?: string;
    }
  | { readonly kind: 'opened'; readonly inspectionId: string }
  | {
      readonly kind: 'merged';
      readonly from: string;
      readonly report: MergeReport;
      readonly notice?: string;
    }
  /** An encrypted bundle that needs its passphrase; `problem` after a wrong one. */
  | {
      readonly kind: 'needs-passphrase';
      readonly file: ChosenFile;
      readonly purpose: Purpose;
      readonly problem?: string;
    };

export type { Clash };

/** The notice a plain (unencrypted) bundle is opened or merged with. */
export function plainNotice(fileName: string): string {
  return `${fileName} was not encrypted: anyone who had the file could read it. Ask whoever sends bundles to add your public key (Settings, Your keys) to the team, so theirs are encrypted.`;
}

/** Saves one file of an export through the platform door. */
async function save(name: string, bytes: Uint8Array, encrypted: boolean) {
  return getPlatform().saveFile(name, bytes, {
    title: 'Export the inspection bundle',
    filters: bundleFilter,
    mimeType: encrypted ? 'application/octet-stream' : 'application/zip',
  });
}

/** Export, open and merge `.inspection` bundles through the platform door. */
export function useBundleActions() {
  const { db, userName } = useApp();
  const [status, setStatus] = useState<BundleStatus>({ kind: 'idle' });

  async function chooseFile(): Promise<ChosenFile | undefined> {
    const chosen = await getPlatform().openFiles({
      title: 'Choose an inspection bundle',
      filters: bundleFilter,
    });
    if (!chosen.ok) {
      setStatus({ kind: 'failed', message: chosen.error.message });
      return undefined;
    }
    return chosen.data[0];
  }

  /** Reads `file` (asking for its passphrase if it has one), then opens or merges it. */
  async function handleFile(
    file: ChosenFile,
    purpose: Purpose,
    passphrase?: string,
  ): Promise<string | undefined> {
    setStatus({ kind: 'busy', what: `Reading ${file.name}…` });
    const read = await openBundleFileBytes(db, file.name, file.bytes, passphrase);
    if (!read.ok) {
      const code = read.error.code;
      if (code === 'bundle.passphrase-needed' || code === 'bundle.wrong-passphrase') {
        setStatus({
          kind: 'needs-passphrase',
          file,
          purpose,
          ...(code === 'bundle.wrong-passphrase' ? { problem: read.error.message } : {}),
        });
      } else setStatus({ kind: 'failed', message: read.error.message });
      return undefined;
    }
    const notice = read.data.sealedTo === 'plain' ? plainNotice(file.name) : undefined;
    if (purpose.kind === 'open') {
      setStatus({ kind: 'busy', what: `Opening ${file.name} and re-reading its records…` });
      const opened = await openBundle(db, read.data.bundle, parseInWorker);
      if (!opened.ok) {
        setStatus({ kind: 'failed', message: `${file.name}: ${opened.error.message}` });
        return undefined;
      }
      if (notice !== undefined) rememberOpenNotice(opened.data, notice);
      setStatus({ kind: 'opened', inspectionId: opened.data });
      return opened.data;
    }
    setStatus({ kind: 'busy', what: `Merging ${file.name}…` });
    const merged = await mergeBundle(
      db,
      purpose.inspectionId,
      read.data.bundle,
      userName,
      parseInWorker,
    );
    if (!merged.ok) {
      setStatus({ kind: 'failed', message: `${file.name}: ${merged.error.message}` });
      return undefined;
    }
    setStatus({
      kind: 'merged',
      from: file.name,
      report: merged.data,
      ...(notice === undefined ? {} : { notice }),
    });
    return purpose.inspectionId;
  }

  return {
    status,
    async exportBundle(inspectionId: string, fileName: string, choice: ExportChoice) {
      setStatus({
        kind: 'busy',
        what: choice.encrypt ? 'Encrypting the bundle to the team…' : 'Exporting the bundle…',
      });
      const made = await exportBundleFiles(db, inspectionId, userName, choice);
      if (!made.ok) return setStatus({ kind: 'failed', message: made.error.message });
      const saved = await save(fileName, made.data.bytes, choice.encrypt);
      if (!saved.ok) return setStatus({ kind: 'failed', message: saved.error.message });
      if (!saved.data.saved) return setStatus({ kind: 'idle' });
      let copyWhere: string | undefined;
      if (made.data.passphraseCopy !== undefined) {
        const copy = await save(passphraseCopyName(fileName), made.data.passphraseCopy, true);
        if (!copy.ok) return setStatus({ kind: 'failed', message: copy.error.message });
        if (copy.data.saved) copyWhere = copy.data.where;
      }
      return setStatus({
        kind: 'exported',
        where: saved.data.where,
        recipients: made.data.recipients.length,
        ...(copyWhere === undefined ? {} : { copyWhere }),
      });
    },
    async openBundleFile(): Promise<string | undefined> {
      const file = await chooseFile();
      return file === undefined ? undefined : handleFile(file, { kind: 'open' });
    },
    async mergeBundleFile(inspectionId: string): Promise<void> {
      const file = await chooseFile();
      if (file !== undefined) await handleFile(file, { kind: 'merge', inspectionId });
    },
    /** Tries the bundle waiting for its passphrase again, with `passphrase`. */
    async withPassphrase(passphrase: string): Promise<string | undefined> {
      if (status.kind !== 'needs-passphrase') return undefined;
      return handleFile(status.file, status.purpose, passphrase);
    },
    cancel: (): void => setStatus({ kind: 'idle' }),
  };
}
