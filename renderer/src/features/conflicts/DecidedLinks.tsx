import type { DecidedLink } from '../../../../shared/workbook';
import { longDateTime } from '../../../../shared/reports/text';
import { Button } from '../../components/govuk/Button';
import { ScrollBox } from '../../components/layout/ScrollBox';

const decisionLabels: Readonly<Record<DecidedLink['decision'], string>> = {
  confirmed: 'Confirmed: counts as the same company',
  rejected: 'Dismissed: not the same company',
};

/**
 * Every link someone confirmed or dismissed, with who and when, each with
 * an Undo that returns it to undecided (the decision stays in the log).
 */
export function DecidedLinks({
  links,
  onUndo,
}: {
  readonly links: readonly DecidedLink[];
  readonly onUndo: (link: DecidedLink) => void;
}) {
  if (links.length === 0)
    return <p className="govuk-body">No link has been confirmed or dismissed.</p>;
  return (
    <ScrollBox label="Decided links">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Decided links</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {['Owner name', 'Company number', 'Decision', 'Decided by', 'When', 'Action'].map(
              (header) => (
                <th scope="col" className="govuk-table__header" key={header}>
                  {header}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {links.map((link) => (
            <tr className="govuk-table__row" key={`${link.owner}|${link.company}`}>
              <th scope="row" className="govuk-table__header">
                {link.owner}
              </th>
              <td className="govuk-table__cell">{link.company}</td>
              <td className="govuk-table__cell">{decisionLabels[link.decision]}</td>
              <td className="govuk-table__cell">{link.by}</td>
              <td className="govuk-table__cell">{longDateTime(link.at)}</td>
              <td className="govuk-table__cell">
                <Button
                  variant="secondary"
                  className="govuk-!-margin-bottom-0"
                  onClick={() => onUndo(link)}
                >
                  Undo
                  <span className="govuk-visually-hidden">
                    {' '}
                    {link.decision === 'rejected' ? 'dismissal' : 'confirmation'} of the link
                    between {link.owner} and {link.company}
                  </span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
