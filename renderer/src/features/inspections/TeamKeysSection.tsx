import { useState, type FormEvent } from 'react';
import { setMemberKey, type TeamMemberKey } from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { Table } from '../../components/govuk/Table';
import { TextInput } from '../../components/govuk/TextInput';
import { ScrollBox } from '../../components/layout/ScrollBox';
import { currentIdentity } from '../../db/identity-store';
import { runCommand } from '../../db/workbook-repository';
import { roleLabel } from './labels';
import { useTeamKeys } from './use-team-keys';

/** Moves focus to the form, so keyboard and screen-reader users land on it. */
function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}

/** A member's key as the table shows it. */
function keyCell(entry: TeamMemberKey) {
  return entry.key === undefined ? (
    'No key yet'
  ) : (
    <code className="govuk-!-text-break-word">{entry.key.recipient}</code>
  );
}

function KeyForm({
  member,
  onSave,
  onCancel,
}: {
  readonly member: string;
  readonly onSave: (key: string) => Promise<string | undefined>;
  readonly onCancel: () => void;
}) {
  const [key, setKey] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(await onSave(key));
  }
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="member-key-heading">
      {problem === undefined ? null : (
        <ErrorSummary errors={[{ text: problem, href: '#member-key' }]} key={problem} />
      )}
      <h3 className="govuk-heading-s" id="member-key-heading" tabIndex={-1} ref={focusOnMount}>
        {member}’s public key
      </h3>
      <TextInput
        id="member-key"
        label={`Paste ${member}’s public key`}
        hint="It starts “age1”: they find it in Settings, under Your keys (or `workbook keys show`, or age-keygen). Never paste a secret key (AGE-SECRET-KEY-1…)."
        spellCheck={false}
        autoComplete="off"
        value={key}
        onChange={setKey}
        {...(problem === undefined ? {} : { error: problem })}
      />
      <div className="govuk-button-group">
        <Button type="submit">Save key</Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/**
 * The team's public keys, to which the inspection's bundles are encrypted:
 * each member's key can be pasted (or, for the person using the app, taken
 * from their own identity), changed or removed; each change is recorded in
 * the log as `workbook team key` records it.
 */
export function TeamKeysSection({ inspectionId }: { readonly inspectionId: string }) {
  const { db, userName } = useApp();
  const team = useTeamKeys(inspectionId);
  const [editing, setEditing] = useState<string | undefined>();
  const [saved, setSaved] = useState<{ key: number; text: string } | undefined>();
  const [problem, setProblem] = useState<string | undefined>();

  async function record(member: string, recipient: string | null): Promise<string | undefined> {
    const outcome = await runCommand(db, inspectionId, userName, (c) =>
      setMemberKey(c, { member, recipient }),
    );
    if (!outcome.ok) return outcome.error.message;
    setEditing(undefined);
    setProblem(undefined);
    setSaved({
      key: Date.now(),
      text: recipient === null ? `${member}’s key removed` : `${member}’s key saved`,
    });
    return undefined;
  }

  async function addMine(member: string) {
    const own = await currentIdentity(db);
    setProblem(await record(member, own.recipient));
  }

  if (team === undefined) return <p className="govuk-body">Loading the team’s keys…</p>;
  if (!team.ok) return <ErrorSummary errors={[{ text: team.error.message }]} />;

  const actions = (entry: TeamMemberKey) => {
    const name = entry.member.name;
    const hidden = <span className="govuk-visually-hidden"> for {name}</span>;
    return (
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <Button
          variant="secondary"
          className="govuk-!-margin-bottom-1"
          onClick={() => setEditing(name)}
        >
          {entry.key === undefined ? 'Add key' : 'Change key'}
          {hidden}
        </Button>
        {entry.key === undefined && name === userName ? (
          <Button
            variant="secondary"
            className="govuk-!-margin-bottom-1"
            onClick={() => void addMine(name)}
          >
            Use my key<span className="govuk-visually-hidden"> for {name}</span>
          </Button>
        ) : null}
        {entry.key === undefined ? null : (
          <Button
            variant="warning"
            className="govuk-!-margin-bottom-1"
            onClick={() => void record(name, null).then(setProblem)}
          >
            Remove key{hidden}
          </Button>
        )}
      </div>
    );
  };

  return (
    <section aria-labelledby="team-keys-heading">
      <h2 className="govuk-heading-m" id="team-keys-heading">
        The team’s keys
      </h2>
      {saved === undefined ? null : (
        <NotificationBanner key={saved.key} title="Success" success>
          <p className="govuk-notification-banner__heading">{saved.text}</p>
          <p className="govuk-body">The next bundle you export is encrypted to the team’s keys.</p>
        </NotificationBanner>
      )}
      {problem === undefined ? null : <ErrorSummary errors={[{ text: problem }]} />}
      <p className="govuk-body">
        Bundles of this inspection are encrypted to these public keys, so only the team can open
        them. Each change is kept in the inspection’s log.
      </p>
      <ScrollBox label="Table of the team’s public keys">
        <Table
          caption="Public keys of the team"
          captionClass="govuk-visually-hidden"
          rows={team.data}
          rowKey={(entry) => entry.member.name}
          columns={[
            { header: 'Name', cell: (entry) => entry.member.name },
            { header: 'Role', cell: (entry) => roleLabel(entry.member.role) },
            {
              header: 'Public key',
              cell: keyCell,
            },
            { header: 'Change', cell: actions },
          ]}
        />
      </ScrollBox>
      {editing === undefined ? null : (
        <KeyForm
          key={editing}
          member={editing}
          onSave={(key) => record(editing, key)}
          onCancel={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}
