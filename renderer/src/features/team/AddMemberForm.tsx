import { useState, type FormEvent } from 'react';
import type { RosterRow } from '../../../../shared/tasks';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { Select } from '../../components/govuk/Select';
import { Textarea } from '../../components/govuk/Textarea';
import { roleLabel } from '../inspections/labels';
import { CertificateField } from './CertificateField';
import type { FieldProblem } from './field-problem';

/** What the form sends: the member, their pasted public keys, their certificate's fingerprint. */
export type AddMemberInput = {
  readonly member: string;
  readonly keys: string;
  readonly certificate: string;
};

/**
 * The lead adds a member of the inspection's team to the roster (or gives
 * a member new keys): their public keys pasted as Settings > Your keys or
 * `workbook keys show` give them, and for whoever signs reports their
 * certificate's fingerprint, typed or read from the certificate file.
 */
export function AddMemberForm({
  rows,
  problem,
  onAdd,
  onProblem,
}: {
  readonly rows: readonly RosterRow[];
  readonly problem: FieldProblem | undefined;
  readonly onAdd: (input: AddMemberInput) => void;
  readonly onProblem: (problem: FieldProblem) => void;
}) {
  const { userName } = useApp();
  const first = rows.find((row) => !row.onRoster) ?? rows[0];
  const [member, setMember] = useState(first?.name ?? '');
  const [keys, setKeys] = useState('');
  const [certificate, setCertificate] = useState('');
  const chosen = rows.find((row) => row.name === member);
  // The lead changing their own keys: their certificate chosen in Settings may fill the field.
  const own = chosen !== undefined && chosen.name === userName;
  const error = (field: FieldProblem['field']) =>
    problem !== undefined && problem.field === field ? { error: problem.text } : {};

  function submit(event: FormEvent) {
    event.preventDefault();
    onAdd({ member, keys, certificate: chosen?.signsReports === true ? certificate : '' });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="add-member-heading">
      <h2 className="govuk-heading-m" id="add-member-heading">
        Add a member, or change their keys
      </h2>
      <Select
        id="roster-member"
        label="Member of the inspection’s team"
        hint="Their role on the roster is their role on the team."
        options={rows.map((row) => ({
          value: row.name,
          label: `${row.name} (${roleLabel(row.role)}${row.onRoster ? ', on the roster' : ''})`,
        }))}
        value={member}
        onChange={setMember}
        {...error('member')}
      />
      <Textarea
        id="roster-keys"
        label="Their public keys"
        hint="Paste what they see in Settings, under Your keys, or what “workbook keys show” prints: the line starting “ssh-ed25519 AAAA” and their encryption key (age1…). Never paste a secret key."
        spellCheck={false}
        autoComplete="off"
        rows={4}
        value={keys}
        onChange={setKeys}
        {...error('keys')}
      />
      {chosen?.signsReports === true ? (
        <CertificateField
          id="roster-certificate"
          whose={own ? 'your' : 'their'}
          own={own}
          value={certificate}
          onChange={setCertificate}
          error={problem?.field === 'certificate' ? problem.text : undefined}
          onProblem={onProblem}
        />
      ) : null}
      <div className="govuk-button-group">
        <Button type="submit">Add to the roster</Button>
      </div>
    </form>
  );
}
