import { hrefFor } from '../../app/router';
import { BackLink } from '../../components/govuk/BackLink';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { IndicatorsReport } from './IndicatorsReport';
import { useIndicators } from './use-indicators';
import { PublishedComparators } from '../comparators/PublishedComparators';

/**
 * Indicators: each measure for the council as a whole beside each delegated
 * provider, as tables and a chart, computed from the imported records by the
 * engine the command uses (shared/records/indicators).
 */
export function IndicatorsPage({ inspectionId }: { readonly inspectionId: string }) {
  const state = useIndicators(inspectionId);
  return (
    <>
      <BackLink href={hrefFor({ name: 'overview', inspectionId })}>Inspection overview</BackLink>
      {state.status === 'failed' ? (
        <ErrorSummary
          errors={[{ text: `The indicators could not be computed: ${state.message}` }]}
        />
      ) : null}
      <h1 className="govuk-heading-xl">Indicators</h1>
      <p className="govuk-body">
        Each indicator for the council as a whole (every imported record, each child counted once)
        beside each delegated provider (the records imported for it). Figures are percentages of
        children, with the numerator and denominator: 62.5% (25 / 40) means 25 of 40 children. A
        count (referrals in the year) is the number itself.
      </p>
      {state.status === 'loading' ? (
        <output className="govuk-body govuk-!-display-block">
          Computing the indicators from the imported records…
        </output>
      ) : state.status === 'empty' ? (
        <>
          <h2 className="govuk-heading-m">No records imported yet</h2>
          <p className="govuk-body">
            The indicators are computed from SSDA903 returns, Annex A lists and the CIN census.{' '}
            <a className="govuk-link" href={hrefFor({ name: 'records', inspectionId })}>
              Import records
            </a>{' '}
            for the council and each delegated provider to see them here.
          </p>
        </>
      ) : state.status === 'ready' ? (
        <IndicatorsReport
          report={state.report}
          providers={state.providers}
          inspectionId={inspectionId}
        />
      ) : null}
      {(state.status === 'ready' || state.status === 'empty') && state.published !== undefined ? (
        <PublishedComparators published={state.published} />
      ) : null}
    </>
  );
}
