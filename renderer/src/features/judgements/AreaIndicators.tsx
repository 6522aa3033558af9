import type { AreaId } from '../../../../shared/domain';
import { hrefFor } from '../../app/router';
import { groupCaption } from '../indicators/group-caption';
import { IndicatorTable } from '../indicators/IndicatorTable';
import { useIndicators } from '../indicators/use-indicators';
import { areaIndicatorData, areaIndicatorTable } from './area-indicators';

/**
 * The figures beside a judgement's evidence (the CIN census indicators for
 * help and protection), council and each delegated provider, as on the
 * Indicators screen. Nothing for an area no records inform.
 */
export function AreaIndicators({
  inspectionId,
  area,
}: {
  readonly inspectionId: string;
  readonly area: AreaId;
}) {
  if (areaIndicatorData(area) === undefined) return null;
  return <AreaIndicatorFigures inspectionId={inspectionId} area={area} />;
}

function AreaIndicatorFigures({
  inspectionId,
  area,
}: {
  readonly inspectionId: string;
  readonly area: AreaId;
}) {
  const state = useIndicators(inspectionId);
  const table =
    state.status === 'ready' ? areaIndicatorTable(area, state.report, state.providers) : undefined;
  return (
    <section aria-labelledby="area-indicators-heading" className="govuk-!-margin-bottom-6">
      <h2 className="govuk-heading-l" id="area-indicators-heading">
        Figures beside the evidence
      </h2>
      {state.status === 'loading' ? (
        <output className="govuk-body govuk-!-display-block">Computing the figures…</output>
      ) : state.status === 'failed' ? (
        <p className="govuk-body">The figures could not be computed: {state.message}</p>
      ) : table === undefined || state.status !== 'ready' ? (
        <p className="govuk-body">
          No CIN census has been imported.{' '}
          <a className="govuk-link" href={hrefFor({ name: 'records', inspectionId })}>
            Import one on the Records page
          </a>{' '}
          to see children in need, enquiries and plans here.
        </p>
      ) : (
        <IndicatorTable
          caption={groupCaption(table.group.data, state.report)}
          columns={table.columns}
          rows={table.group.rows}
        />
      )}
    </section>
  );
}
