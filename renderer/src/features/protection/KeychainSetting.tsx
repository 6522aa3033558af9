import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { pageKeys } from '../../db/protection/page-keys';
import { forgetKeychain, rememberInKeychain } from '../../db/protection/keychain-unlock';
import { readKeyring } from '../../db/protection/workbook-protection';
import { getPlatform } from '../../platform';

/**
 * The desktop app only: open the workbook at start with this computer's
 * keychain instead of the passphrase, or stop doing so. The browser host
 * has no keychain, so it shows nothing.
 */
export function KeychainSetting({ onDone }: { readonly onDone: (text: string) => void }) {
  const { db } = useApp();
  const chosen = useLiveQuery(async () => (await readKeyring(db))?.keychain !== undefined, [db]);
  const [problem, setProblem] = useState<string>();
  if (getPlatform().host !== 'electron' || chosen === undefined) return null;

  async function change() {
    setProblem(undefined);
    if (chosen === true) {
      await forgetKeychain(db);
      onDone('The workbook asks for the passphrase each time it starts.');
      return;
    }
    const outcome = await rememberInKeychain(db, pageKeys, getPlatform());
    if (outcome.ok) onDone('The workbook now opens with this computer’s keychain when it starts.');
    else setProblem(outcome.message);
  }

  return (
    <>
      <h3 className="govuk-heading-s">Unlock on this computer</h3>
      <p className="govuk-body">
        {chosen
          ? 'The workbook opens with this computer’s keychain when it starts. Anyone who can sign in to this computer as you can open it.'
          : 'The workbook asks for the passphrase each time it starts. It can use this computer’s keychain instead, so it opens when you sign in to the computer.'}
      </p>
      {problem === undefined ? null : <p className="govuk-body govuk-error-message">{problem}</p>}
      <Button type="button" variant="secondary" onClick={() => void change()}>
        {chosen ? 'Ask for the passphrase at start' : 'Use this computer’s keychain'}
      </Button>
    </>
  );
}
