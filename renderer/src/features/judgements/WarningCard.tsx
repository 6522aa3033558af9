import type { Acceptance, JudgeWarning } from '../../../../shared/domain';
import { SummaryList } from '../../components/govuk/SummaryList';
import { WarningText } from '../../components/govuk/WarningText';
import { acceptanceDetail, formatWhen } from './acceptance-detail';
import { AcceptForm } from './AcceptForm';
import { warningTitles } from './warning-titles';

/** The id of a warning's rationale field; the error summary links to it. */
export function acceptFieldId(rule: string): string {
  return `accept-${rule}`;
}

/**
 * One limiting-rule warning: open, with the GOV.UK warning text and the
 * accept form; or accepted, still shown, with who, when and why.
 */
export function WarningCard({
  warning,
  acceptances,
  error,
  onError,
  onAccept,
}: {
  readonly warning: JudgeWarning;
  readonly acceptances: readonly Acceptance[];
  readonly error: string | undefined;
  readonly onError: (message: string | undefined) => void;
  readonly onAccept: (rationale: string) => Promise<string | undefined>;
}) {
  const title = warningTitles[warning.rule];
  const accepted =
    warning.accepted === null
      ? null
      : acceptanceDetail(warning.rule, warning.accepted, acceptances);
  return (
    <section className="govuk-summary-card" aria-labelledby={`warning-${warning.rule}-title`}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title" id={`warning-${warning.rule}-title`}>
          {title}
        </h3>
        <strong
          className={`govuk-tag ${accepted === null ? 'govuk-tag--red' : 'govuk-tag--green'}`}
        >
          {accepted === null ? 'Open' : 'Accepted'}
        </strong>
      </div>
      <div className="govuk-summary-card__content">
        {accepted === null ? (
          <>
            <WarningText>{warning.message}</WarningText>
            <AcceptForm
              fieldId={acceptFieldId(warning.rule)}
              title={title}
              error={error}
              onError={onError}
              onAccept={onAccept}
            />
          </>
        ) : (
          <>
            <p className="govuk-body">{warning.message}</p>
            <SummaryList
              rows={[
                { key: 'Accepted by', value: accepted.by },
                {
                  key: 'When',
                  value: accepted.at === null ? 'Not recorded' : formatWhen(accepted.at),
                },
                { key: 'Rationale', value: accepted.rationale },
              ]}
            />
          </>
        )}
      </div>
    </section>
  );
}
