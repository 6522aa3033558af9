import { placementTypeLabel, relationLabels, type Conflict } from '../../../../shared/conflicts';
import { reviewLabels } from '../../../../shared/reports/conflicts';
import { longDateTime } from '../../../../shared/reports/text';
import { SeverityTag } from './SeverityTag';
import { StatusTag } from './StatusTag';
import type { ReactNode } from 'react';

/** One flag's facts as a GOV.UK summary list, codes in words. */
export function FlagDetails({ flag }: { readonly flag: Conflict }) {
  const company = flag.owner.company;
  const rows: readonly (readonly [string, ReactNode])[] = [
    ['Severity', <SeverityTag severity={flag.severity} key="s" />],
    ['Relation', relationLabels[flag.kind]],
    ['Delegated provider', flag.delegatedProvider.name],
    [
      'Setting (placement provider)',
      `${flag.setting.name ?? 'Unnamed setting'}, Ofsted URN ${flag.setting.urn}${flag.setting.type === null ? '' : `, ${flag.setting.type}`}${flag.setting.sector === null ? '' : ` (${flag.setting.sector.toLowerCase()} sector)`}`,
    ],
    [
      'Owner',
      company === null
        ? flag.owner.name
        : `${flag.owner.name}: Companies House ${company.name} (${company.number}), ${company.link}`,
    ],
    [
      'Corporate group parent',
      flag.group.parent === null
        ? 'None found'
        : `${flag.group.parent.name}${flag.group.parent.number === null ? '' : ` (${flag.group.parent.number})`}`,
    ],
    ['Children affected', flag.children.length.toLocaleString('en-GB')],
    ['Days in placement in the year', flag.days.toLocaleString('en-GB')],
    [
      'Council’s placements with this group',
      `${(flag.groupShare * 100).toFixed(1)}% (${flag.groupPlacements.toLocaleString('en-GB')} of ${flag.allPlacements.toLocaleString('en-GB')})`,
    ],
    ['Placement types', flag.placementTypes.map(placementTypeLabel).join('; ') || 'Not recorded'],
    [
      'Review',
      flag.review === null ? (
        reviewLabels['not-reviewed']
      ) : (
        <>
          <StatusTag flag={flag} /> by {flag.review.by}, {longDateTime(flag.review.at)}:{' '}
          {flag.review.reason}
        </>
      ),
    ],
  ];
  return (
    <dl className="govuk-summary-list">
      {rows.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
