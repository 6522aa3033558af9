import { useState } from 'react';
import type { Result } from '../../../../shared/util/result';
import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { NotificationBanner } from '../../components/govuk/NotificationBanner';
import { AddMemberForm, type AddMemberInput } from './AddMemberForm';
import { fieldOf, type FieldProblem } from './field-problem';
import { RemoveConfirm } from './RemoveConfirm';
import { RosterStatusText } from './RosterStatusText';
import { RosterTable } from './RosterTable';
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
 * The inspection's team roster: who is on it with which keys, whether its
 * lead has signed it, and the lead's changes to it (sign, add, remove), each
 * the same task as `workbook team sign|add|remove` and refused in the same
 * words for anyone but the lead.
 */
export function TeamPage({ inspectionId }: { readonly inspectionId: string }) {
  const loaded = useRoster(inspectionId);
  const actions = useRosterActions(inspectionId);
  const [problem, setProblem] = useState<FieldProblem | undefined>();
  const [done, setDone] = useState<{ key: number; text: string } | undefined>();
  const [removing, setRemoving] = useState<string | undefined>();

  async function act(outcome: Promise<Result<string>>, success: string) {
    const result = await outcome;
    if (!result.ok) {
      setDone(undefined);
      return setProblem({ text: result.error.message, field: fieldOf(result.error.code) });
    }
    setProblem(undefined);
    setRemoving(undefined);
    return setDone({ key: Date.now(), text: success });
  }

  if (loaded === undefined) return <p className="govuk-body">Loading…</p>;
  if (!loaded.ok) return <ErrorSummary errors={[{ text: loaded.error.message }]} />;
  const { workbook, roster } = loaded.data;
  const lead = roster.status.kind === 'verified' ? roster.status.lead : undefined;
  const signed = roster.status.kind !== 'unverified';
  const href = fieldId(problem, signed);
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
      <RosterTable
        rows={roster.rows}
        lead={lead}
        onRemove={(name) => {
          setProblem(undefined);
          setRemoving(name);
        }}
      />
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
