import type { ErrorItem } from '../../components/govuk/ErrorSummary';
import { passphraseProblem } from '../../db/protection/keyring';

/** The errors of a new passphrase typed twice, by field id. */
export function newPassphraseErrors(
  passphrase: string,
  confirm: string,
  ids: { readonly passphrase: string; readonly confirm: string },
): ErrorItem[] {
  const tooShort = passphrase === '' ? 'Enter a passphrase' : passphraseProblem(passphrase);
  if (tooShort !== undefined) return [{ text: tooShort, href: `#${ids.passphrase}` }];
  if (confirm !== passphrase) {
    return [{ text: 'Enter the same passphrase twice', href: `#${ids.confirm}` }];
  }
  return [];
}

/** The error a field shows, from the summary's list. */
export function errorFor(errors: readonly ErrorItem[], id: string): string | undefined {
  return errors.find((error) => error.href === `#${id}`)?.text;
}

/** The `error` prop of a field, when the summary names it. */
export function errorProps(errors: readonly ErrorItem[], id: string): { error?: string } {
  const error = errorFor(errors, id);
  return error === undefined ? {} : { error };
}
