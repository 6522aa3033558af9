import { useState, type FormEvent } from 'react';
import {
  focusedVisitThemes,
  frameworkForDate,
  frameworks,
  inspectionKinds,
  type FocusedVisitThemeId,
  type InspectionKindId,
} from '../../../../shared/domain';
import { createInspection } from '../../../../shared/workbook';
import { useApp } from '../../app/app-context';
import { hrefFor, navigate } from '../../app/router';
import { Button } from '../../components/govuk/Button';
import { DateInput } from '../../components/govuk/DateInput';
import { emptyDate, readDate, type DatePart } from '../../components/govuk/date-parts';
import { ErrorSummary, type ErrorItem } from '../../components/govuk/ErrorSummary';
import { Radios } from '../../components/govuk/Radios';
import { Select } from '../../components/govuk/Select';
import { Textarea } from '../../components/govuk/Textarea';
import { runCommand } from '../../db/workbook-repository';
import { teamFromForm } from './team-lines';

type Field = 'council' | 'la-code' | 'start' | 'end' | 'moderators';

/** GOV.UK fixed-width inputs: a field's width hints at the answer's length. */
const widths: Readonly<Record<'council' | 'la-code', string>> = {
  council: 'govuk-!-width-two-thirds',
  'la-code': 'govuk-input--width-4',
};

/** The first day on site as YYYY-MM-DD, or '' while it is not a whole real date yet. */
function isoOrBlank(parts: typeof emptyDate): string {
  const read = readDate(parts, 'the date');
  return read.ok ? read.iso : '';
}

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
  const [startParts, setStartParts] = useState(emptyDate);
  const [endParts, setEndParts] = useState(emptyDate);
  const [theme, setTheme] = useState<FocusedVisitThemeId>('front-door');
  // '' follows the on-site date; an inspector may choose a framework for a historic or trial run.
  const [frameworkChoice, setFrameworkChoice] = useState('');
  const [teamText, setTeamText] = useState('');
  const [moderatorsText, setModeratorsText] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [wrongParts, setWrongParts] = useState<
    Partial<Record<'start' | 'end', readonly DatePart[]>>
  >({});
  const start = isoOrBlank(startParts);
  const [failure, setFailure] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (council.trim() === '') found.council = 'Enter the council’s name';
    if (!/^\d{3}$/.test(laCode))
      found['la-code'] = 'Enter the DfE local authority code: three digits, for example 330';
    const first = readDate(startParts, 'the first day on site');
    const lastRead = readDate(endParts, 'the last day on site');
    const parts: Partial<Record<'start' | 'end', readonly DatePart[]>> = {};
    if (!first.ok) {
      found.start = first.message;
      parts.start = first.parts;
    }
    // An empty last day means a one-day visit; part of one is a mistake to point out.
    const last = lastRead.ok ? lastRead.iso : lastRead.empty ? start : '';
    if (!lastRead.ok && !lastRead.empty) {
      found.end = lastRead.message;
      parts.end = lastRead.parts;
    } else if (first.ok && last < first.iso) {
      found.end = 'The last day on site must be the same as or after the first day on site';
    }
    const team = teamFromForm(userName, kind, teamText, moderatorsText);
    if (!team.ok) found.moderators = team.message;
    setErrors(found);
    setWrongParts(parts);
    if (Object.keys(found).length > 0 || !team.ok) return;
    const framework =
      frameworks.find((f) => f.id === frameworkChoice)?.id ?? frameworkForDate(start)?.id;
    const outcome = await runCommand(db, null, userName, (context) =>
      createInspection(context, {
        kind,
        ...(framework === undefined ? {} : { framework }),
        council: { name: council.trim(), laCode },
        onSite: { start, end: last },
        team: team.team,
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
    id: 'council' | 'la-code',
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
      <DateInput
        id="inspection-start"
        legend="First day on site"
        hint="For example, 5 10 2026. The framework follows from this date."
        error={errors.start}
        {...(wrongParts.start === undefined ? {} : { errorParts: wrongParts.start })}
        value={startParts}
        onChange={setStartParts}
      />
      <DateInput
        id="inspection-end"
        legend="Last day on site (optional)"
        hint="For example, 16 10 2026. Leave blank for a one-day visit."
        error={errors.end}
        {...(wrongParts.end === undefined ? {} : { errorParts: wrongParts.end })}
        value={endParts}
        onChange={setEndParts}
      />
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
        hint={
          <>
            You lead it as {userName} (for a self-assessment, you are its council officer); your
            name is set in{' '}
            <a className="govuk-link" href={hrefFor({ name: 'settings' })}>
              Settings
            </a>
            . One name per line.
          </>
        }
        rows={3}
        value={teamText}
        onChange={setTeamText}
      />
      <Textarea
        id="inspection-moderators"
        label="Moderators (optional)"
        hint="People who may moderate grades beside you. One name per line."
        rows={2}
        {...(errors.moderators === undefined ? {} : { error: errors.moderators })}
        value={moderatorsText}
        onChange={setModeratorsText}
      />
      <Button type="submit">Create inspection</Button>
    </form>
  );
}
