import { evidenceKinds, type EvidenceKind, type FrameworkArea } from '../../../../shared/domain';
import { Checkboxes } from '../../components/govuk/Checkboxes';
import { Select, type SelectOption } from '../../components/govuk/Select';
import type { CaptureErrors } from './capture-validation';
import { asKind } from './evidence-draft';
import { FindingRadios } from './FindingRadios';
import { kindLabels } from './labels';

const kindOptions: readonly SelectOption[] = evidenceKinds.map((kind) => ({
  value: kind,
  label: kindLabels[kind],
}));

/** Who an item is about, how it was gathered, the areas it bears on and what it found. */
export type Classification = {
  readonly source: string;
  readonly kind: EvidenceKind;
  readonly areas: readonly string[];
  readonly finding: string;
};

/** A change to one of them, as the forms' own `update` takes it. */
export type ClassificationChange = {
  source?: string;
  kind?: EvidenceKind;
  areas?: string[];
  finding?: string;
};

/**
 * The fields that place an evidence item, the same in the capture form and
 * the change form (ids `<prefix>-source`, `-kind`, `-areas`, `-finding`, so
 * each form's error summary links to its own).
 */
export function ClassificationFields({
  idPrefix,
  sources,
  areas,
  value,
  errors,
  onChange,
}: {
  readonly idPrefix: string;
  readonly sources: readonly SelectOption[];
  readonly areas: readonly FrameworkArea[];
  readonly value: Classification;
  readonly errors: CaptureErrors;
  readonly onChange: (change: ClassificationChange) => void;
}) {
  const areaIds = areas.map((area) => area.id);
  const error = (field: 'source' | 'areas' | 'finding') => {
    const text = errors[field];
    return text === undefined ? {} : { error: text };
  };
  return (
    <>
      <Select
        id={`${idPrefix}-source`}
        label="Who is the evidence about?"
        labelClass="govuk-label--s"
        options={sources}
        value={value.source}
        onChange={(source) => onChange({ source })}
        {...error('source')}
      />
      <Select
        id={`${idPrefix}-kind`}
        label="How was it gathered?"
        labelClass="govuk-label--s"
        options={kindOptions}
        value={value.kind}
        onChange={(kind) => onChange({ kind: asKind(kind) ?? value.kind })}
      />
      <Checkboxes
        id={`${idPrefix}-areas`}
        legend="Judgement areas"
        hint="Select all that apply."
        small
        options={areas.map((area) => ({ value: area.id, label: area.label }))}
        values={value.areas}
        onChange={(values) => onChange({ areas: areaIds.filter((id) => values.includes(id)) })}
        {...error('areas')}
      />
      <FindingRadios
        id={`${idPrefix}-finding`}
        value={value.finding}
        onChange={(finding) => onChange({ finding })}
        {...error('finding')}
      />
    </>
  );
}
