import type { NeighbourFigure } from '../../../../shared/comparators/compare';
import type { MeasureUnit } from '../../../../shared/comparators/measures';
import { figureHint, figureText } from './format';

/**
 * Each statistical neighbour's published figure, on demand behind a GOV.UK
 * details component (https://design-system.service.gov.uk/components/details/),
 * so the average in the table can be checked against the ten it is made of.
 */
export function NeighbourDetails({
  label,
  unit,
  each,
}: {
  readonly label: string;
  readonly unit: MeasureUnit;
  readonly each: readonly NeighbourFigure[];
}) {
  if (each.length === 0) return null;
  return (
    <details className="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Each statistical neighbour<span className="govuk-visually-hidden">: {label}</span>
        </span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list govuk-body-s">
          {each.map((n) => {
            const hint = figureHint(n);
            return (
              <li key={n.code}>
                {n.name}: {figureText(unit, n)}
                {hint === undefined ? '' : ` (${hint})`}
              </li>
            );
          })}
        </ul>
      </div>
    </details>
  );
}
