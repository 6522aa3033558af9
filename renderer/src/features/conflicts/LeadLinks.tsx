import type { Lead } from '../../../../shared/conflicts';
import type { LinkChange } from '../../../../shared/workbook';
import { hrefFor } from '../../app/router';
import { Button } from '../../components/govuk/Button';
import type { LeadLink } from '../../../../shared/workbook';
import { settingName } from './labels';
import { LinkConfirm, type Effect } from './LinkConfirm';

/** The pending decision, if any, and what it would change. */
export type Pending = { readonly change: LinkChange; readonly effect: Effect };

function LeadItems({
  inspectionId,
  leads,
}: {
  readonly inspectionId: string;
  readonly leads: readonly Lead[];
}) {
  return (
    <ul className="govuk-list govuk-list--bullet">
      {leads.map((lead) => (
        <li key={lead.id}>
          <a
            className="govuk-link"
            href={hrefFor({ name: 'conflicts', inspectionId, sub: lead.id })}
          >
            {settingName(lead)}
          </a>
          , for {lead.delegatedProvider.name} ({lead.children.length} children)
        </li>
      ))}
    </ul>
  );
}

/**
 * Leads, one GOV.UK summary card per names-alike link
 * (https://design-system.service.gov.uk/components/summary-list/#summary-cards)
 * with its Confirm and Dismiss buttons, each named for its link; a decision
 * is asked about in the card before it is recorded.
 */
export function LeadLinks({
  inspectionId,
  links,
  other,
  pending,
  onAsk,
  onConfirm,
  onCancel,
}: {
  readonly inspectionId: string;
  readonly links: readonly LeadLink[];
  readonly other: readonly Lead[];
  readonly pending: Pending | undefined;
  readonly onAsk: (change: LinkChange) => void;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  return (
    <>
      {links.map((link) => {
        const between = ` between ${link.owner} and ${link.companyName}`;
        const asking =
          pending !== undefined &&
          pending.change.owner === link.owner &&
          pending.change.company === link.company &&
          pending.change.decision !== 'undecided';
        return (
          <div className="govuk-summary-card" key={`${link.owner}|${link.company}`}>
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title">
                {link.owner} and {link.companyName} ({link.company})
              </h3>
            </div>
            <div className="govuk-summary-card__content">
              <p className="govuk-body">{link.reason}</p>
              <p className="govuk-body govuk-!-margin-bottom-1">
                {link.leads.length === 1
                  ? 'One lead rests on this link:'
                  : `${link.leads.length} leads rest on this link:`}
              </p>
              <LeadItems inspectionId={inspectionId} leads={link.leads} />
              {asking ? (
                <LinkConfirm
                  change={pending.change}
                  companyName={link.companyName}
                  effect={pending.effect}
                  onConfirm={onConfirm}
                  onCancel={onCancel}
                />
              ) : (
                <div className="govuk-button-group">
                  <Button
                    variant="secondary"
                    onClick={() =>
                      onAsk({ owner: link.owner, company: link.company, decision: 'confirmed' })
                    }
                  >
                    Confirm link<span className="govuk-visually-hidden">{between}</span>
                  </Button>
                  <Button
                    variant="warning"
                    onClick={() =>
                      onAsk({ owner: link.owner, company: link.company, decision: 'rejected' })
                    }
                  >
                    Dismiss link<span className="govuk-visually-hidden">{between}</span>
                  </Button>
                </div>
              )}
            </div>
          </div>
        );
      })}
      {other.length === 0 ? null : (
        <>
          <h3 className="govuk-heading-s">Leads from a placement with no URN</h3>
          <p className="govuk-body">
            The placement’s postcode and type match one setting only. Check the child’s record;
            there is no link to decide.
          </p>
          <LeadItems inspectionId={inspectionId} leads={other} />
        </>
      )}
    </>
  );
}
