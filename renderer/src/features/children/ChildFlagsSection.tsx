import { flagsNamingChild, type Conflict } from '../../../../shared/conflicts';
import { hrefFor } from '../../app/router';
import { useConflicts } from '../conflicts/use-conflicts';

function FlagList({
  inspectionId,
  flags,
}: {
  readonly inspectionId: string;
  readonly flags: readonly Conflict[];
}) {
  return (
    <ul className="govuk-list govuk-list--bullet">
      {flags.map((flag) => (
        <li key={flag.id}>
          <a
            className="govuk-link"
            href={hrefFor({ name: 'conflicts', inspectionId, sub: flag.id })}
          >
            {flag.delegatedProvider.name} and {flag.setting.name ?? `setting ${flag.setting.urn}`}
          </a>{' '}
          ({flag.kind === 'same-entity' ? 'the same organisation' : 'the same corporate group'}
          {flag.review === null ? ', not reviewed' : ', reviewed'})
        </li>
      ))}
    </ul>
  );
}

/** The conflict-of-interest flags and leads whose placements include the child. */
export function ChildFlagsSection({
  inspectionId,
  childId,
}: {
  readonly inspectionId: string;
  readonly childId: string;
}) {
  const state = useConflicts(inspectionId);
  return (
    <section aria-labelledby="child-flags-heading">
      <h2 className="govuk-heading-l" id="child-flags-heading">
        Conflict-of-interest flags
      </h2>
      {state.status === 'loading' ? (
        <p className="govuk-body">Checking for conflicts of interest…</p>
      ) : state.status === 'failed' ? (
        <p className="govuk-body">Conflicts of interest could not be checked: {state.message}</p>
      ) : (
        <FlagsFound inspectionId={inspectionId} {...flagsNamingChild(state.report, childId)} />
      )}
    </section>
  );
}

function FlagsFound({
  inspectionId,
  flags,
  leads,
}: {
  readonly inspectionId: string;
  readonly flags: readonly Conflict[];
  readonly leads: readonly Conflict[];
}) {
  if (flags.length === 0 && leads.length === 0) {
    return <p className="govuk-body">No flag or lead names this child’s placements.</p>;
  }
  return (
    <>
      {flags.length === 0 ? null : <FlagList inspectionId={inspectionId} flags={flags} />}
      {leads.length === 0 ? null : (
        <>
          <h3 className="govuk-heading-s">Leads to check (a name link not yet confirmed)</h3>
          <FlagList inspectionId={inspectionId} flags={leads} />
        </>
      )}
    </>
  );
}
