import { useState } from 'react';
import type { Clash } from '../../../../shared/bundle';
import { useApp } from '../../app/app-context';
import {
  exportInspection,
  mergeBundle,
  openBundle,
  readInspectionBundle,
  type MergeReport,
} from '../../db/bundle-repository';
import { getPlatform } from '../../platform';
import { parseInWorker } from '../records/parse-in-worker';

const bundleFilter = [{ name: 'Inspection bundles', extensions: ['inspection', 'zip'] }];

/** What the last bundle action did, for the page to show. */
export type BundleStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly what: string }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'exported'; readonly where: string }
  | { readonly kind: 'opened'; readonly inspectionId: string }
  | { readonly kind: 'merged'; readonly from: string; readonly report: MergeReport };

export type { Clash };

/** Export, open and merge `.inspection` bundles through the platform door. */
export function useBundleActions() {
  const { db, userName } = useApp();
  const [status, setStatus] = useState<BundleStatus>({ kind: 'idle' });

  async function chooseBundle() {
    const chosen = await getPlatform().openFiles({
      title: 'Choose an inspection bundle',
      filters: bundleFilter,
    });
    if (!chosen.ok) {
      setStatus({ kind: 'failed', message: chosen.error.message });
      return undefined;
    }
    const file = chosen.data[0];
    if (file === undefined) return undefined;
    const bundle = readInspectionBundle(file.name, file.bytes);
    if (!bundle.ok) {
      setStatus({ kind: 'failed', message: bundle.error.message });
      return undefined;
    }
    return { name: file.name, bundle: bundle.data };
  }

  return {
    status,
    async exportBundle(inspectionId: string, fileName: string) {
      setStatus({ kind: 'busy', what: 'Exporting the bundle…' });
      const bytes = await exportInspection(db, inspectionId, userName);
      const saved = await getPlatform().saveFile(fileName, bytes, {
        title: 'Export the inspection bundle',
        filters: bundleFilter,
        mimeType: 'application/zip',
      });
      if (!saved.ok) return setStatus({ kind: 'failed', message: saved.error.message });
      return setStatus(
        saved.data.saved ? { kind: 'exported', where: saved.data.where } : { kind: 'idle' },
      );
    },
    async openBundleFile() {
      const chosen = await chooseBundle();
      if (chosen === undefined) return undefined;
      setStatus({ kind: 'busy', what: `Opening ${chosen.name} and re-reading its records…` });
      const opened = await openBundle(db, chosen.bundle, parseInWorker);
      if (!opened.ok) {
        setStatus({ kind: 'failed', message: `${chosen.name}: ${opened.error.message}` });
        return undefined;
      }
      setStatus({ kind: 'opened', inspectionId: opened.data });
      return opened.data;
    },
    async mergeBundleFile(inspectionId: string) {
      const chosen = await chooseBundle();
      if (chosen === undefined) return;
      setStatus({ kind: 'busy', what: `Merging ${chosen.name}…` });
      const merged = await mergeBundle(db, inspectionId, chosen.bundle, userName, parseInWorker);
      if (!merged.ok) {
        setStatus({ kind: 'failed', message: `${chosen.name}: ${merged.error.message}` });
        return;
      }
      setStatus({ kind: 'merged', from: chosen.name, report: merged.data });
    },
  };
}
