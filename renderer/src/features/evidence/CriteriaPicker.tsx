import { useState } from 'react';
import type { ChecklistGroup, FrameworkArea } from '../../../../shared/domain';
import { Checkboxes } from '../../components/govuk/Checkboxes';
import { criteriaFor } from './capture-validation';

const groupHints: Readonly<Record<ChecklistGroup, string | undefined>> = {
  good: 'Good looks like',
  outstanding: 'Outstanding looks like',
  inadequate: 'Inadequate looks like',
  'published-criteria': 'Ofsted’s published criteria',
  note: undefined,
};

/**
 * Optional evaluation criteria for the chosen areas (Ofsted ILACS framework,
 * https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018/inspecting-local-authority-childrens-services), folded
 * away in a GOV.UK details component so the quick path stays short
 * (https://design-system.service.gov.uk/components/details/). Ticks of an
 * area unticked above are kept in the draft but not saved.
 */
export function CriteriaPicker({
  areas,
  chosenAreas,
  ticked,
  onChange,
}: {
  readonly areas: readonly FrameworkArea[];
  readonly chosenAreas: readonly string[];
  readonly ticked: readonly string[];
  readonly onChange: (ticked: string[]) => void;
}) {
  const groups = criteriaFor(areas, chosenAreas);
  const [open, setOpen] = useState(ticked.length > 0);
  const count = groups.reduce(
    (sum, { items }) => sum + items.filter((item) => ticked.includes(item.id)).length,
    0,
  );
  return (
    <details
      className="govuk-details"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Evaluation criteria (optional){count === 0 ? '' : `: ${count} ticked`}
        </span>
      </summary>
      <div className="govuk-details__text">
        {groups.length === 0 ? (
          <p className="govuk-body">Select a judgement area to see its criteria.</p>
        ) : (
          groups.map(({ area, items }) => {
            const ids = new Set(items.map((item) => item.id));
            return (
              <Checkboxes
                key={area.id}
                id={`evidence-criteria-${area.id}`}
                legend={area.label}
                small
                options={items.map((item) => {
                  const hint = groupHints[item.group];
                  return {
                    value: item.id,
                    label: item.text,
                    ...(hint === undefined ? {} : { hint }),
                  };
                })}
                values={ticked.filter((id) => ids.has(id))}
                onChange={(values) => onChange([...ticked.filter((id) => !ids.has(id)), ...values])}
              />
            );
          })
        )}
      </div>
    </details>
  );
}
