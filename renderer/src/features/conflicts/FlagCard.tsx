import type { Conflict, Lead } from '../../../../shared/conflicts';
import { EvidenceChain } from './EvidenceChain';

const kindLabel = { 'same-entity': 'Same body', 'same-group': 'Same corporate group' } as const;

/** One flag or lead: what, who, how many children, and the evidence chain. */
export function FlagCard({
  entry,
  children,
}: {
  readonly entry: Conflict | Lead;
  readonly children?: React.ReactNode;
}) {
  const title = `${kindLabel[entry.kind]}: ${entry.setting.name ?? entry.setting.urn}`;
  const rows: readonly [string, string][] = [
    ['Delegated provider', entry.delegatedProvider.name],
    [
      'Setting',
      `${entry.setting.name ?? 'Unnamed'} (URN ${entry.setting.urn}${entry.setting.type === null ? '' : `, ${entry.setting.type}`})`,
    ],
    [
      'Owner',
      `${entry.owner.name}${entry.owner.company === null ? '' : ` — ${entry.owner.company.name} (${entry.owner.company.number})`}`,
    ],
    [
      'Group parent',
      entry.group.parent === null
        ? 'None found'
        : `${entry.group.parent.name} (${entry.group.parent.number})`,
    ],
    ['Children affected', String(entry.children.length)],
    ['Days in placement in the year', entry.days.toLocaleString('en-GB')],
    ['Council’s placements with this group', `${(entry.groupShare * 100).toFixed(1)}%`],
  ];
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          {title}{' '}
          <strong
            className={`govuk-tag ${entry.severity === 'high' ? 'govuk-tag--red' : entry.severity === 'medium' ? 'govuk-tag--orange' : 'govuk-tag--grey'}`}
          >
            {entry.severity} severity
          </strong>
        </h3>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          {rows.map(([key, value]) => (
            <div className="govuk-summary-list__row" key={key}>
              <dt className="govuk-summary-list__key">{key}</dt>
              <dd className="govuk-summary-list__value">{value}</dd>
            </div>
          ))}
        </dl>
        <h4 className="govuk-heading-s">Evidence chain</h4>
        <EvidenceChain chain={entry.chain} />
        {children}
      </div>
    </div>
  );
}
