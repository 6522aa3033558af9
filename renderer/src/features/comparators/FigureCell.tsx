import type { Figure } from '../../../../shared/comparators/compare';
import type { MeasureUnit } from '../../../../shared/comparators/measures';
import { figureHint, figureText } from './format';

/** One published figure as a numeric table cell, with why it is not published where it is not. */
export function FigureCell({
  unit,
  figure,
}: {
  readonly unit: MeasureUnit;
  readonly figure: Figure;
}) {
  const hint = figureHint(figure);
  return (
    <td className="govuk-table__cell govuk-table__cell--numeric">
      {figureText(unit, figure)}
      {hint === undefined ? null : (
        <span className="govuk-hint govuk-!-display-block govuk-!-font-size-16 govuk-!-margin-bottom-0">
          {hint}
        </span>
      )}
    </td>
  );
}
