import type { AppInfo } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/util/result';

/** A file the user chose, with its contents read. */
/** A signed PDF and the moment its signature holds (ISO 8601). */
export type SignedPdf = { readonly pdf: Uint8Array; readonly signedAt: string };

export type ChosenFile = {
  readonly name: string;
  readonly size: number;
  readonly bytes: Uint8Array;
};

/** A file-type filter, e.g. `{ name: 'SSDA903 tables', extensions: ['csv'] }`. */
export type FileTypeFilter = { readonly name: string; readonly extensions: readonly string[] };

export type OpenFilesOptions = {
  readonly title?: string;
  readonly filters?: readonly FileTypeFilter[];
  readonly multiple?: boolean;
};

export type SaveFileOptions = {
  readonly title?: string;
  readonly filters?: readonly FileTypeFilter[];
  /** MIME type for the browser download; Electron ignores it. */
  readonly mimeType?: string;
};

/** A signing certificate as the app shows it; the key itself never leaves the signing side. */
export type CertificateSummary = {
  readonly subject: string;
  readonly commonName: string;
  readonly issuer: string;
  /** Its validity, ISO 8601. */
  readonly notBefore: string;
  readonly notAfter: string;
  /** SHA-256 of its DER encoding, lower-case hex: what the team roster records for a signer. */
  readonly sha256: string;
};

export type SaveOutcome =
  { readonly saved: false } | { readonly saved: true; readonly where: string };

/**
 * The renderer's only door to the operating system. Under Electron it goes
 * through `window.workbook`; in a plain browser it uses a file input and a
 * download link, so the same renderer runs (and is tested) in both hosts.
 * Every method resolves to a Result and never rejects.
 */
export type Platform = {
  readonly host: 'electron' | 'browser';
  appInfo(): Promise<Result<AppInfo>>;
  /** Resolves to an empty list when the user cancels. */
  openFiles(options?: OpenFilesOptions): Promise<Result<ChosenFile[]>>;
  saveFile(
    name: string,
    bytes: Uint8Array,
    options?: SaveFileOptions,
  ): Promise<Result<SaveOutcome>>;
  /**
   * Asks for the signing certificate (in the desktop app, main's own dialog;
   * the key stays there) and returns its subject, or `null` if cancelled.
   */
  chooseCertificate(passphrase: string): Promise<Result<CertificateSummary | null>>;
  /** The certificate chosen in this session (kept by the side that signs), or `null`. */
  chosenCertificate(): CertificateSummary | null;
  /**
   * Signs a PDF that carries a signature placeholder with the chosen
   * certificate. `signingTime` is the page's; the desktop app's main process
   * signs at its own clock's time instead, so the answer says which moment
   * the signature holds.
   */
  signPdf(pdf: Uint8Array, signingTime: string): Promise<Result<SignedPdf>>;
  /**
   * Seals a secret with the operating system's keychain (the desktop app);
   * a reason instead when there is none (the browser host, or no secret store).
   */
  keychainSeal(
    secret: Uint8Array,
  ): Promise<Result<{ readonly sealed: Uint8Array } | { readonly reason: string }>>;
  /** Opens what {@link keychainSeal} sealed. */
  keychainOpen(sealed: Uint8Array): Promise<Result<Uint8Array>>;
};
