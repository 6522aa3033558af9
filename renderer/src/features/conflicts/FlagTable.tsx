import type { Conflict } from '../../../../shared/conflicts';
import { relationShortLabels } from '../../../../shared/conflicts';
import type { FlagGroup } from '../../../../shared/workbook';
import { hrefFor } from '../../app/router';
import { ScrollBox } from '../../components/layout/ScrollBox';
import { settingName } from './labels';
import { SeverityTag } from './SeverityTag';
import { StatusTag } from './StatusTag';

/**
 * One corporate group's flags as a GOV.UK table
 * (https://design-system.service.gov.uk/components/table/), the flag number
 * as a row header linking to the flag's own page. It scrolls in its own
 * box on a narrow window so the page never does (WCAG 1.4.10).
 */
export function FlagTable({
  inspectionId,
  group,
  numbers,
}: {
  readonly inspectionId: string;
  readonly group: FlagGroup<Conflict>;
  readonly numbers: ReadonlyMap<string, number>;
}) {
  const caption = `Corporate group: ${group.name}`;
  const count = `(${group.flags.length} ${group.flags.length === 1 ? 'flag' : 'flags'})`;
  // The group is named above the box, where it wraps on a narrow window; the
  // caption names the table for screen readers.
  return (
    <>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
        {caption} <span className="govuk-caption-s govuk-!-display-inline">{count}</span>
      </h3>
      <ScrollBox label={caption}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">
            {caption} {count}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Flag
              </th>
              <th scope="col" className="govuk-table__header">
                Setting (placement provider)
              </th>
              <th scope="col" className="govuk-table__header">
                Delegated provider
              </th>
              <th scope="col" className="govuk-table__header">
                Relation
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Children affected
              </th>
              <th scope="col" className="govuk-table__header">
                Severity
              </th>
              <th scope="col" className="govuk-table__header">
                Review
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {group.flags.map((flag) => {
              const number = numbers.get(flag.id);
              return (
                <tr className="govuk-table__row" key={flag.id}>
                  <th scope="row" className="govuk-table__header app-nowrap">
                    <a
                      className="govuk-link"
                      href={hrefFor({ name: 'conflicts', inspectionId, sub: flag.id })}
                    >
                      Flag {number}
                      <span className="govuk-visually-hidden"> – {settingName(flag)}</span>
                    </a>
                  </th>
                  <td className="govuk-table__cell">{settingName(flag)}</td>
                  <td className="govuk-table__cell">{flag.delegatedProvider.name}</td>
                  <td className="govuk-table__cell">{relationShortLabels[flag.kind]}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {flag.children.length.toLocaleString('en-GB')}
                  </td>
                  <td className="govuk-table__cell">
                    <SeverityTag severity={flag.severity} />
                  </td>
                  <td className="govuk-table__cell">
                    <StatusTag flag={flag} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollBox>
    </>
  );
}
