import { bareFileName } from '../../../shared/ipc/contract';
import { err, ok } from '../../../shared/util/result';
import { createSigningClient } from './signing-client';
import type { CertificateSummary, ChosenFile, Platform } from './types';

/** Values baked in at build time by vite.config.ts. */
const appVersion = import.meta.env.VITE_APP_VERSION ?? '0.0.0';

function acceptAttribute(filters: readonly { extensions: readonly string[] }[]): string {
  return filters
    .flatMap((filter) => filter.extensions)
    .filter((extension) => extension !== '*')
    .map((extension) => `.${extension}`)
    .join(',');
}

/**
 * Waits for the user to choose files in a hidden `<input type="file">`.
 * Chromium fires `cancel` when the picker is dismissed (since version 113).
 */
function pickFiles(doc: Document, accept: string, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    if (accept !== '') input.accept = accept;
    input.hidden = true;
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    doc.body.append(input);
    input.click();
  });
}

/** The platform door in a plain browser: file input to open, a download to save. */
export function createBrowserPlatform(doc: Document = document): Platform {
  const signing = createSigningClient();
  let held: CertificateSummary | null = null;
  return {
    chosenCertificate: () => held,
    host: 'browser',
    // A browser offers pages no keychain: the passphrase is the only way in.
    keychainSeal: async () =>
      ok({ reason: 'Only the desktop app can use this computer’s keychain.' }),
    keychainOpen: async () =>
      err('keychain.unavailable', 'Only the desktop app can use this computer’s keychain.'),
    // No main process here: a dedicated worker holds the certificate (signing.worker.ts).
    async chooseCertificate(passphrase) {
      const files = await pickFiles(doc, '.p12,.pfx', false);
      const file = files[0];
      if (file === undefined) return ok(null);
      const p12 = new Uint8Array(await file.arrayBuffer());
      const answer = await signing.ask({ type: 'choose', p12, passphrase });
      if (!answer.ok) return err(answer.error.code, `${file.name}: ${answer.error.message}`);
      if (answer.data.type !== 'chosen') return err('signing.reply', 'Unexpected reply.');
      const { subject, commonName, issuer, notBefore, notAfter, sha256 } = answer.data;
      held = { subject, commonName, issuer, notBefore, notAfter, sha256 };
      return ok(held);
    },
    async signPdf(pdf, signingTime) {
      const answer = await signing.ask({ type: 'sign', pdf, signingTime });
      if (!answer.ok) return answer;
      return answer.data.type === 'signed'
        ? ok({ pdf: answer.data.pdf, signedAt: signingTime })
        : err('signing.reply', 'Unexpected reply.');
    },
    async appInfo() {
      return ok({
        name: 'Inspection Workbook',
        version: appVersion,
        host: 'browser',
        // A browser offers pages no keychain: the passphrase is the only way in.
        keychainSeal: async () =>
          ok({ reason: 'Only the desktop app can use this computer’s keychain.' }),
        keychainOpen: async () =>
          err('keychain.unavailable', 'Only the desktop app can use this computer’s keychain.'),
        platform: doc.defaultView?.navigator.platform ?? 'unknown',
        versions: {},
        dataLocation: `This browser's own storage (IndexedDB) for ${doc.location.origin}`,
      });
    },
    async openFiles(options = {}) {
      try {
        const files = await pickFiles(
          doc,
          acceptAttribute(options.filters ?? []),
          options.multiple ?? false,
        );
        const chosen: ChosenFile[] = [];
        for (const file of files) {
          chosen.push({
            name: file.name,
            size: file.size,
            bytes: new Uint8Array(await file.arrayBuffer()),
          });
        }
        return ok(chosen);
      } catch (error: unknown) {
        const message = error instanceof Error ? error.message : String(error);
        return err('file.read-failed', `The chosen file could not be read: ${message}`);
      }
    },
    async saveFile(name, bytes, options = {}) {
      const checked = bareFileName.safeParse(name);
      if (!checked.success) {
        return err('ipc.bad-request', `"${name}" is not a file name: use a name without folders.`);
      }
      const blob = new Blob([bytes.slice().buffer], {
        type: options.mimeType ?? 'application/octet-stream',
      });
      const url = URL.createObjectURL(blob);
      const link = doc.createElement('a');
      link.href = url;
      link.download = name;
      link.hidden = true;
      doc.body.append(link);
      link.click();
      link.remove();
      // Revoke later: Chromium starts the download asynchronously.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return ok({ saved: true, where: `your browser's downloads, as ${name}` });
    },
  };
}
