import { hrefFor } from '../../app/router';
import { RosterStatusText } from './RosterStatusText';
import { useRoster } from './use-roster';

/** The Overview's word on the team roster: whether its lead signed it, and the way to it. */
export function TeamRosterSummary({ inspectionId }: { readonly inspectionId: string }) {
  const loaded = useRoster(inspectionId);
  return (
    <section aria-labelledby="team-roster-heading">
      <h2 className="govuk-heading-m" id="team-roster-heading">
        The team
      </h2>
      {loaded?.ok === true ? <RosterStatusText status={loaded.data.roster.status} /> : null}
      <p className="govuk-body">
        <a className="govuk-link" href={hrefFor({ name: 'team', inspectionId })}>
          See the team roster and its keys
        </a>
      </p>
    </section>
  );
}
