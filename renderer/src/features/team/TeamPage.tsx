import { useState } from 'react';
import type { Result } from '../../../../shared/util/result';
import type { RosterRow } from '../../../../shared/tasks';
import { useApp } from '../../app/app-context';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { AddMemberForm, type AddMemberInput } from './AddMemberForm';
import { EncryptionKeyForm } from './EncryptionKeyForm';
import { KeyButtons } from './KeyButtons';
import { fieldOf, type FieldProblem } from './field-problem';
import { RemoveConfirm } from './RemoveConfirm';
import { RosterStatusText } from './RosterStatusText';
import { RemoveLink, RosterTable } from './RosterTable';
import { SignRosterForm } from './SignRosterForm';
import { useRoster } from './use-roster';
import { useRosterActions } from './use-roster-actions';

const fieldIds: Readonly<Record<NonNullable<FieldProblem['field']>, string>> = {
  member: 'roster-member',
  keys: 'roster-keys',
  certificate: 'roster-certificate',
};

/** The field the error summary links to: the lead's own certificate before the roster is signed. */
function fieldId(problem: FieldProblem | undefined, signed: boolean): string | undefined {
  if (problem?.field === undefined) return undefined;
  if (problem.field === 'certificate' && !signed) return 'roster-lead-certificate';
  return fieldIds[problem.field];
}

/**
 * Which keys bundles are encrypted to (the one rule, shared/tasks/team-keys.ts):
 * the roster's once its lead has signed it, before that the keys anyone on
 * the team records here.
 */
function EncryptionText({ signed }: { readonly signed: boolean }) {
  return (
    <p className="govuk-body">
      Bundles of this inspection, and what it writes to a team folder, are encrypted to the
      encryption keys below, so only the team can open them.{' '}
      {signed
        ? 'They are the keys on the roster: a member with none, or not on it, cannot open them, and only the lead changes them (with the form below).'
        : 'Until the lead signs the roster, anyone on the team can add a member’s key here; once it is signed, only the keys the lead puts on the roster are used.'}
    </p>
  );
}

/**
 * The inspection's team roster: who is on it with which keys, whether its
 * lead has signed it, and the lead's changes to it (sign, add, remove), each
 * the same task as `workbook team sign|add|remove` and refused in the same
 * words for anyone but the lead.
 */
export function TeamPage({ inspectionId }: { readonly inspectionId: string }) {
  const { userName } = useApp();
  const loaded = useRoster(inspectionId);
  const actions = useRosterActions(inspectionId);
  const [problem, setProblem] = useState<FieldProblem | undefined>();
  const [done, setDone] = useState<{ key: number; text: string } | undefined>();
  const [removing, setRemoving] = useState<string | undefined>();
  const [editingKey, setEditingKey] = useState<string | undefined>();

  // Each success a new key, so the banner is announced again and the add form starts empty.
  function announce(text: string): void {
    setDone((before) => ({ key: (before?.key ?? 0) + 1, text }));
  }

  async function act(outcome: Promise<Result<string>>, success: string) {
    const result = await outcome;
    if (!result.ok) {
      setDone(undefined);
      return setProblem({ text: result.error.message, field: fieldOf(result.error.code) });
    }
    setProblem(undefined);
    setRemoving(undefined);
    setEditingKey(undefined);
    return announce(success);
  }

  async function saveKey(member: string, key: string): Promise<string | undefined> {
    const result = await actions.key(member, key);
    if (!result.ok) return result.error.message;
    setEditingKey(undefined);
    announce(`${member}’s key saved`);
    return undefined;
  }

  if (loaded === undefined) return <p className="govuk-body">Loading…</p>;
  if (!loaded.ok) return <ErrorSummary errors={[{ text: loaded.error.message }]} />;
  const { workbook, roster } = loaded.data;
  const lead = roster.status.kind === 'verified' ? roster.status.lead : undefined;
  const signed = roster.status.kind !== 'unverified';
  const href = fieldId(problem, signed);
  const change = (row: RosterRow) =>
    signed ? (
      <RemoveLink
        row={row}
        lead={lead}
        onRemove={(name) => {
          setProblem(undefined);
          setRemoving(name);
        }}
      />
    ) : (
      <KeyButtons
        row={row}
        self={row.name === userName}
        onEdit={() => {
          setProblem(undefined);
          setEditingKey(row.name);
        }}
        onUseMine={() => void act(actions.takeMine(row.name), `${row.name}’s key saved`)}
        onRemove={() => void act(actions.key(row.name, null), `${row.name}’s key removed`)}
      />
    );
  return (
    <>
      <BackLink href={hrefFor({ name: 'overview', inspectionId })}>Overview</BackLink>
      {problem === undefined ? null : (
        <ErrorSummary
          key={`problem-${problem.text}`}
          errors={[{ text: problem.text, ...(href === undefined ? {} : { href: `#${href}` }) }]}
        />
      )}
      {done === undefined ? null : (
        <NotificationBanner key={`done-${done.key}`} title="Success" success>
          <p className="govuk-notification-banner__heading">{done.text}</p>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">{workbook.inspection.council.name}</span>
      <h1 className="govuk-heading-xl">The team</h1>
      <RosterStatusText status={roster.status} />
      <p className="govuk-body">
        The roster says who is on the team and which keys are theirs. Once the lead has signed it,
        each change to the inspection is signed with its author’s key and checked against it, so the
        name beside a change is proven, not just typed.
      </p>
      <EncryptionText signed={signed} />
      <RosterTable rows={roster.rows} change={change} />
      {editingKey === undefined || signed ? null : (
        <EncryptionKeyForm
          key={`key-${editingKey}`}
          member={editingKey}
          onSave={(key) => saveKey(editingKey, key)}
          onCancel={() => setEditingKey(undefined)}
        />
      )}
      {removing === undefined ? null : (
        <RemoveConfirm
          key={`remove-${removing}`}
          member={removing}
          onCancel={() => setRemoving(undefined)}
          onConfirm={() =>
            void act(actions.remove(removing), `${removing} was removed from the team roster`)
          }
        />
      )}
      {signed ? (
        <AddMemberForm
          // A fresh form after each change: the keys just added are not left in it.
          key={`add-member-${done?.key ?? 0}`}
          rows={roster.rows}
          problem={problem}
          onProblem={setProblem}
          onAdd={(input: AddMemberInput) =>
            void act(
              actions.add(input.member, input.keys, input.certificate),
              `${input.member} is on the team roster with the keys given`,
            )
          }
        />
      ) : (
        <SignRosterForm
          keyedOthers={roster.rows
            .filter((row) => row.recipient !== null && row.name !== userName)
            .map((row) => row.name)}
          leads={workbook.inspection.team.filter((m) => m.role === 'lead').map((m) => m.name)}
          problem={problem}
          onProblem={setProblem}
          onSign={(certificate) =>
            void act(
              actions.sign(certificate),
              'You signed the team roster: every change from now on is signed',
            )
          }
        />
      )}
    </>
  );
}
