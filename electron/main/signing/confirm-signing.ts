import type { MessageBoxOptions } from 'electron';

/** What the person is shown before anything is signed. */
export type SigningConfirmation = {
  readonly title: string | null;
  readonly pages: number;
  /** SHA-256 (hex) of the exact bytes the renderer sent to be signed. */
  readonly sha256: string;
  /** The chosen certificate's subject. */
  readonly subject: string;
  /** The signing time, from the main process's clock. */
  readonly signingTime: Date;
};

/** The button index that signs; every other answer (Cancel, Escape, closing) refuses. */
export const SIGN_BUTTON = 0;

/**
 * The main process's own confirmation before it signs, drawn by the
 * operating system, not by the page: a compromised renderer could show
 * anything, but it cannot change this dialog. Cancel is the default, so
 * Enter alone never signs.
 */
export function signingConfirmation(facts: SigningConfirmation): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Sign this report?',
    message: `Sign “${facts.title ?? 'Untitled document'}” with your certificate?`,
    detail: [
      `Pages: ${facts.pages}`,
      `SHA-256 of the document to sign: ${facts.sha256}`,
      `Certificate: ${facts.subject}`,
      `Signing time: ${facts.signingTime.toISOString()}`,
      '',
      'Check the title and the number of pages against the report you meant to sign.',
    ].join('\n'),
    buttons: ['Sign', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}
