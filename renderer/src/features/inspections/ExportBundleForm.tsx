import { useState, type FormEvent } from 'react';
import type { TeamMemberKey } from '../../../../shared/workbook';
import type { TeamKeys } from '../../../../shared/tasks/team-keys';
import { copyPassphraseProblem } from '../../../../shared/tasks/sealed-bundles';
import { hrefFor, useRoute } from '../../app/router';
import { Button } from '../../components/govuk/Button';
import { Checkboxes } from '../../components/govuk/Checkboxes';
import { TextInput } from '../../components/govuk/TextInput';
import { WarningText } from '../../components/govuk/WarningText';
import type { ExportChoice } from '../../db/bundle-crypto';
import { passphraseCopyName } from '../../db/bundle-crypto';

function names(entries: readonly TeamMemberKey[]): string {
  const all = entries.map((entry) => entry.member.name);
  return all.length <= 1
    ? (all[0] ?? '')
    : `${all.slice(0, -1).join(', ')} and ${all.at(-1) ?? ''}`;
}

/**
 * Where a missing key is added: the Team page, which shows the keys in force
 * (shared/tasks/team-keys.ts). Once the roster is signed only its lead adds
 * them, with the member's other keys; before that anyone on the team may.
 */
function WhereKeysGo({
  source,
  whose,
}: {
  readonly source: TeamKeys['source'];
  readonly whose: string;
}) {
  const route = useRoute();
  const page =
    'inspectionId' in route ? (
      <a className="govuk-link" href={hrefFor({ name: 'team', inspectionId: route.inspectionId })}>
        the Team page
      </a>
    ) : (
      'the Team page'
    );
  return source === 'roster' ? (
    <>
      the lead adds {whose} keys to the team roster on {page}
    </>
  ) : (
    <>
      add {whose} keys on {page}
    </>
  );
}

/**
 * How the bundle is exported: encrypted to every team member's known key and
 * the person's own, or, when no member has a key, plain after a warning; and
 * optionally a second file sealed with a passphrase for someone outside the
 * team. The age format allows a passphrase only as a file's one recipient
 * (https://age-encryption.org/v1, "scrypt recipient stanza"), so that copy
 * cannot be the team's file: it is a file of its own.
 */
export function ExportBundleForm({
  team,
  fileName,
  busy,
  onExport,
}: {
  /** The keys in force: the signed roster's, or before it the team's recorded keys. */
  readonly team: TeamKeys;
  readonly fileName: string;
  readonly busy: boolean;
  readonly onExport: (choice: ExportChoice) => void;
}) {
  const [copy, setCopy] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const keyed = team.members.filter((entry) => entry.key !== undefined);
  const unkeyed = team.members.filter((entry) => entry.key === undefined);
  const encrypt = keyed.length > 0;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = copy ? copyPassphraseProblem(passphrase) : undefined;
    setProblem(found);
    if (found !== undefined) return;
    onExport({ encrypt, ...(copy ? { passphrase } : {}) });
    setPassphrase('');
  }

  return (
    <form onSubmit={submit} noValidate>
      {encrypt ? (
        <p className="govuk-body">
          The bundle is encrypted to the keys of {names(keyed)} and to yours: only you and they can
          open it.
          {unkeyed.length === 0 ? null : (
            <>
              {' '}
              {names(unkeyed)} {unkeyed.length === 1 ? 'has' : 'have'} no key yet and cannot open
              it: <WhereKeysGo source={team.source} whose="their" />.
            </>
          )}
        </p>
      ) : (
        <WarningText>
          No one on the team has a public key yet, so the bundle cannot be encrypted to them. If you
          export it now it is not encrypted: anyone who gets the file can read every child’s record
          in it. First, if you can, <WhereKeysGo source={team.source} whose="the team’s" />.
        </WarningText>
      )}
      <Checkboxes
        id="export-copy"
        legend="A copy for someone outside the team"
        hint="For a council, say: a second file, sealed with a passphrase you tell them another way (by phone, not in the same email). A file cannot be sealed to keys and a passphrase at once."
        options={[{ value: 'copy', label: 'Also save a copy sealed with a passphrase' }]}
        values={copy ? ['copy'] : []}
        onChange={(values) => setCopy(values.includes('copy'))}
        small
      />
      {copy ? (
        <TextInput
          id="export-passphrase"
          label="Passphrase for the copy"
          hint={`At least 8 characters; four or five random words are strong and easy to read out. The copy is saved as ${passphraseCopyName(fileName)}.`}
          type="password"
          autoComplete="new-password"
          widthClass="govuk-!-width-one-half"
          value={passphrase}
          onChange={setPassphrase}
          {...(problem === undefined ? {} : { error: problem })}
        />
      ) : null}
      <Button type="submit" disabled={busy}>
        {encrypt ? 'Export bundle' : 'Export bundle without encryption'}
      </Button>
    </form>
  );
}
