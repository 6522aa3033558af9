import { ClashTable } from '../inspections/ClashTable';
import type { PassSummary } from './team-folder-record';
import { formatMoment, plural } from './labels';

/** What the last pass that did anything wrote and brought: who, how many changes, and each clash. */
export function LastPass({ pass }: { readonly pass: PassSummary }) {
  return (
    <>
      <h3 className="govuk-heading-s">Last change through the folder, {formatMoment(pass.at)}</h3>
      <ul className="govuk-list govuk-list--bullet">
        {pass.wrote === 0 ? null : <li>You wrote {plural(pass.wrote, 'change')}.</li>}
        {pass.arrivals.map((arrival) => (
          <li key={arrival.authorId}>
            {plural(arrival.changes, 'change')} arrived from {arrival.author}.
          </li>
        ))}
      </ul>
      <p className="govuk-body">
        {pass.clashes.length === 0
          ? 'No edits clashed.'
          : `${plural(pass.clashes.length, 'edit')} clashed: the later change is kept.`}
        {pass.editsOfDeleted === 0
          ? ''
          : ` ${plural(pass.editsOfDeleted, 'edit')} changed records someone else had deleted.`}
      </p>
      {pass.clashes.length === 0 ? null : (
        <ClashTable clashes={pass.clashes} caption="Edits that clashed through the team folder" />
      )}
    </>
  );
}
