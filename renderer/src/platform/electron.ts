import type { WorkbookBridge } from '../../../shared/ipc/bridge';
import type { CertificateSummary, Platform } from './types';

/** The platform door under Electron: every call goes through `window.workbook`. */
export function createElectronPlatform(bridge: WorkbookBridge): Platform {
  // The main process holds the chosen certificate's key; the page keeps only its name.
  let chosen: CertificateSummary | null = null;
  return {
    host: 'electron',
    chosenCertificate: () => chosen,
    async chooseCertificate(passphrase) {
      const answer = await bridge.chooseCertificate({ passphrase });
      if (!answer.ok) return answer;
      if (!answer.data.chosen) return { ok: true, data: null };
      const { subject, commonName, issuer, notBefore, notAfter, sha256 } = answer.data;
      chosen = { subject, commonName, issuer, notBefore, notAfter, sha256 };
      return { ok: true, data: chosen };
    },
    // The main process confirms and takes the signing time from its own clock.
    async signPdf(pdf) {
      const answer = await bridge.signPdf({ pdf });
      return answer.ok
        ? { ok: true, data: { pdf: answer.data.pdf, signedAt: answer.data.signedAt } }
        : answer;
    },
    async keychainSeal(secret) {
      const answer = await bridge.keychainSeal({ secret });
      if (!answer.ok) return answer;
      return {
        ok: true,
        data: answer.data.sealed ? { sealed: answer.data.bytes } : { reason: answer.data.reason },
      };
    },
    async keychainOpen(sealed) {
      const answer = await bridge.keychainOpen({ sealed });
      return answer.ok ? { ok: true, data: answer.data.secret } : answer;
    },
    appInfo: () => bridge.appInfo({}),
    async openFiles(options = {}) {
      const answer = await bridge.openFiles({
        multiple: options.multiple ?? false,
        ...(options.title === undefined ? {} : { title: options.title }),
        ...(options.filters === undefined
          ? {}
          : {
              filters: options.filters.map((f) => ({
                name: f.name,
                extensions: [...f.extensions],
              })),
            }),
      });
      return answer.ok ? { ok: true, data: answer.data.files } : answer;
    },
    async saveFile(name, bytes, options = {}) {
      const answer = await bridge.saveFile({
        suggestedName: name,
        bytes,
        ...(options.title === undefined ? {} : { title: options.title }),
        ...(options.filters === undefined
          ? {}
          : {
              filters: options.filters.map((f) => ({
                name: f.name,
                extensions: [...f.extensions],
              })),
            }),
      });
      if (!answer.ok) return answer;
      return {
        ok: true,
        data: answer.data.saved ? { saved: true, where: answer.data.path } : { saved: false },
      };
    },
  };
}
