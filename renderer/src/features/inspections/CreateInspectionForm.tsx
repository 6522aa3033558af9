import { useState, type FormEvent } from 'react';
import {
  focusedVisitThemes,
  frameworkForDate,
  frameworks,
  inspectionKinds,
  isCalendarDate,
  type FocusedVisitThemeId,
  type InspectionKindId,
  type TeamMember,
} from '../../../../shared/domain';
import { createInspection } from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { navigate } from '../../app/router';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary, type ErrorItem } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { Select } from '../../components/govuk/Select';
import { Textarea } from '../../components/govuk/Textarea';
import { runCommand } from '../../db/workbook-repository';

type Field = 'council' | 'la-code' | 'start' | 'end';

/** GOV.UK fixed-width inputs: a field's width hints at the answer's length. */
const widths: Readonly<Record<Field, string>> = {
  council: 'govuk-!-width-two-thirds',
  'la-code': 'govuk-input--width-4',
  start: 'govuk-input--width-10',
  end: 'govuk-input--width-10',
};

/**
 * Creates an inspection, visit or self-assessment. The framework follows
 * from the on-site date (frameworks.ts); the current user joins the team as
 * lead, or as council officer for a self-assessment.
 */
export function CreateInspectionForm() {
  const { db, userName } = useApp();
  const [kind, setKind] = useState<InspectionKindId>('ilacs-standard');
  const [council, setCouncil] = useState('');
  const [laCode, setLaCode] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [theme, setTheme] = useState<FocusedVisitThemeId>('front-door');
  // '' follows the on-site date; an inspector may choose a framework for a historic or trial run.
  const [frameworkChoice, setFrameworkChoice] = useState('');
  const [teamText, setTeamText] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (council.trim() === '') found.council = 'Enter the council’s name';
    if (!/^\d{3}$/.test(laCode))
      found['la-code'] = 'Enter the DfE local authority code: three digits, for example 330';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !isCalendarDate(start))
      found.start = 'Enter the first day on site as YYYY-MM-DD';
    const last = end === '' ? start : end;
    if (
      found.start === undefined &&
      (!/^\d{4}-\d{2}-\d{2}$/.test(last) || !isCalendarDate(last) || last < start)
    ) {
      found.end = 'Enter the last day on site as YYYY-MM-DD, on or after the first';
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const framework =
      frameworks.find((f) => f.id === frameworkChoice)?.id ?? frameworkForDate(start)?.id;
    const others = [
      ...new Set(
        teamText
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '' && line !== userName),
      ),
    ];
    const otherRole: TeamMember['role'] =
      kind === 'self-assessment' ? 'council-officer' : 'inspector';
    const outcome = await runCommand(db, null, userName, (context) =>
      createInspection(context, {
        kind,
        ...(framework === undefined ? {} : { framework }),
        council: { name: council.trim(), laCode },
        onSite: { start, end: last },
        team: [
          { name: userName, role: kind === 'self-assessment' ? 'council-officer' : 'lead' },
          ...others.map((name) => ({ name, role: otherRole })),
        ],
        ...(kind === 'focused-visit' ? { theme } : {}),
      }),
    );
    if (!outcome.ok) return setFailure(outcome.error.message);
    return navigate({ name: 'overview', inspectionId: outcome.data });
  }

  const summary: ErrorItem[] = [
    ...Object.entries(errors).map(([field, text]) => ({ text, href: `#inspection-${field}` })),
    ...(failure === undefined ? [] : [{ text: failure }]),
  ];
  const field = (
    id: Field,
    label: string,
    value: string,
    set: (v: string) => void,
    hint?: string,
  ) => (
    <div
      className={`govuk-form-group${errors[id] === undefined ? '' : ' govuk-form-group--error'}`}
    >
      <label className="govuk-label" htmlFor={`inspection-${id}`}>
        {label}
      </label>
      {hint === undefined ? null : (
        <div className="govuk-hint" id={`inspection-${id}-hint`}>
          {hint}
        </div>
      )}
      {errors[id] === undefined ? null : (
        <p className="govuk-error-message" id={`inspection-${id}-error`}>
          <span className="govuk-visually-hidden">Error:</span> {errors[id]}
        </p>
      )}
      <input
        className={`govuk-input ${widths[id]}${errors[id] === undefined ? '' : ' govuk-input--error'}`}
        id={`inspection-${id}`}
        value={value}
        aria-describedby={
          [
            hint === undefined ? '' : `inspection-${id}-hint`,
            errors[id] === undefined ? '' : `inspection-${id}-error`,
          ]
            .filter(Boolean)
            .join(' ') || undefined
        }
        onChange={(event) => set(event.target.value)}
      />
    </div>
  );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {summary.length === 0 ? null : (
        <ErrorSummary errors={summary} key={summary.map((s) => s.text).join()} />
      )}
      <h2 className="govuk-heading-m">Create an inspection</h2>
      <Radios
        name="inspection-kind"
        legend="What kind?"
        value={kind}
        onChange={(value) =>
          setKind(inspectionKinds.find((k) => k.id === value)?.id ?? 'ilacs-standard')
        }
        options={inspectionKinds.map((k) => ({ value: k.id, label: k.label }))}
      />
      {kind === 'focused-visit' ? (
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="inspection-theme">
            Theme of the focused visit
          </label>
          <select
            className="govuk-select"
            id="inspection-theme"
            value={theme}
            onChange={(event) =>
              setTheme(
                focusedVisitThemes.find((t) => t.id === event.target.value)?.id ?? 'front-door',
              )
            }
          >
            {focusedVisitThemes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {field('council', 'Council', council, setCouncil)}
      {field(
        'la-code',
        'DfE local authority code',
        laCode,
        setLaCode,
        'Three digits, for example 330',
      )}
      {field(
        'start',
        'First day on site',
        start,
        setStart,
        'For example, 2026-10-05. The framework follows from this date.',
      )}
      {field('end', 'Last day on site (optional)', end, setEnd, 'Leave blank for a one-day visit')}
      <Select
        id="inspection-framework"
        label="Framework"
        value={frameworkChoice}
        onChange={setFrameworkChoice}
        options={[
          {
            value: '',
            label: `Follow the first day on site${
              frameworkForDate(start) === undefined
                ? ''
                : ` (${frameworkForDate(start)?.name ?? ''})`
            }`,
          },
          ...frameworks.map((f) => ({ value: f.id, label: f.name })),
        ]}
      />
      <Textarea
        id="inspection-team"
        label="Other members of the team (optional)"
        hint={`You (${userName}) lead it, or for a self-assessment are its council officer. One name per line.`}
        rows={3}
        value={teamText}
        onChange={setTeamText}
      />
      <Button type="submit">Create inspection</Button>
    </form>
  );
}
