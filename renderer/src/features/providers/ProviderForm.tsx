import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  legalForms,
  type DelegatedFunction,
  type LegalForm,
  type Provider,
} from '../../../../shared/domain';
import type { AddProviderInput } from '../../../../shared/workbook';
import { Button } from '../../components/govuk/Button';
import { legalFormLabels } from './labels';
import { DateInput } from '../../components/govuk/DateInput';
import { datePartsOf, readDate, type DatePart } from '../../components/govuk/date-parts';
import { ErrorSummary, type ErrorItem } from '../../components/govuk/ErrorSummary';

type Errors = Partial<
  Record<'name' | 'company-number' | 'functions' | 'contract-start' | 'contract-end', string>
>;

/**
 * Adds a delegated provider, or (given `editing`) changes one: name, legal
 * form, company number, profit status, the functions delegated (2008
 * relevant care functions, 2014 wider functions) and the contract's dates.
 * GOV.UK error-summary pattern. Field ids start `provider-` when adding and
 * `edit-provider-` when editing, so the two forms never share an id.
 */
export function ProviderForm({
  defaultStart,
  onAdd,
  editing,
  onCancel,
}: {
  readonly defaultStart: string;
  /** Saves the form (adds, or edits `editing`); resolves to the reason it was refused, if it was. */
  readonly onAdd: (input: AddProviderInput) => Promise<string | undefined>;
  /** The provider being edited; absent when adding one. */
  readonly editing?: Provider;
  readonly onCancel?: () => void;
}) {
  const prefix = editing === undefined ? 'provider' : 'edit-provider';
  const [name, setName] = useState(editing?.name ?? '');
  const [legalForm, setLegalForm] = useState<LegalForm>(editing?.legalForm ?? 'cic');
  const [companyNumber, setCompanyNumber] = useState(editing?.companyNumber ?? '');
  const [forProfit, setForProfit] = useState(editing?.forProfit ?? false);
  const [functions, setFunctions] = useState<DelegatedFunction[]>(
    editing === undefined ? ['relevant-care'] : [...editing.functions],
  );
  const [start, setStart] = useState(() => datePartsOf(editing?.contract.start ?? defaultStart));
  const [end, setEnd] = useState(() => datePartsOf(editing?.contract.end));
  const [errors, setErrors] = useState<Errors>({});
  const [wrongParts, setWrongParts] = useState<
    Partial<Record<'contract-start' | 'contract-end', readonly DatePart[]>>
  >({});
  // The Edit button that opened the form is gone, so focus moves to the form's heading.
  const heading = useRef<HTMLHeadingElement>(null);
  const isEditing = editing !== undefined;
  useEffect(() => {
    if (isEditing) heading.current?.focus();
  }, [isEditing]);
  const [failure, setFailure] = useState<string | undefined>();

  function toggle(fn: DelegatedFunction, on: boolean) {
    setFunctions((current) =>
      on ? [...new Set([...current, fn])] : current.filter((f) => f !== fn),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Errors = {};
    if (name.trim() === '') found.name = 'Enter the provider’s name';
    if (functions.length === 0) found.functions = 'Select the functions delegated to the provider';
    // The log can correct a recorded number but has no way to record its absence.
    if (editing?.companyNumber !== undefined && companyNumber.trim() === '')
      found['company-number'] =
        'Enter the Companies House number: a recorded number can be corrected but not removed';
    const startRead = readDate(start, 'the contract start date');
    const endRead = readDate(end, 'the contract end date');
    const parts: Partial<Record<'contract-start' | 'contract-end', readonly DatePart[]>> = {};
    if (!startRead.ok) {
      found['contract-start'] = startRead.message;
      parts['contract-start'] = startRead.parts;
    }
    // An empty end date is an open-ended contract; part of one is a mistake to point out.
    if (!endRead.ok && !endRead.empty) {
      found['contract-end'] = endRead.message;
      parts['contract-end'] = endRead.parts;
    }
    setErrors(found);
    setWrongParts(parts);
    if (Object.keys(found).length > 0 || !startRead.ok) return;
    const problem = await onAdd({
      name,
      legalForm,
      forProfit,
      functions,
      contract: { start: startRead.iso, ...(endRead.ok ? { end: endRead.iso } : {}) },
      ...(companyNumber.trim() === '' ? {} : { companyNumber: companyNumber.trim() }),
    });
    setFailure(problem);
    if (problem === undefined && editing === undefined) {
      setName('');
      setCompanyNumber('');
    }
  }

  const summary: ErrorItem[] = [
    ...Object.entries(errors).map(([field, text]) => ({
      text,
      // A checkboxes error links to the first checkbox (GOV.UK error summary guidance).
      href: field === 'functions' ? `#${prefix}-fn-relevant-care` : `#${prefix}-${field}`,
    })),
    ...(failure === undefined ? [] : [{ text: failure }]),
  ];
  const group = (field: keyof Errors) =>
    `govuk-form-group${errors[field] === undefined ? '' : ' govuk-form-group--error'}`;
  const message = (field: keyof Errors) =>
    errors[field] === undefined ? null : (
      <p id={`${prefix}-${field}-error`} className="govuk-error-message">
        <span className="govuk-visually-hidden">Error:</span> {errors[field]}
      </p>
    );

  const described = (field: keyof Errors) =>
    [`${prefix}-${field}-hint`, errors[field] === undefined ? '' : `${prefix}-${field}-error`]
      .filter(Boolean)
      .join(' ');

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {summary.length === 0 ? null : (
        <ErrorSummary errors={summary} key={summary.map((s) => s.text).join()} />
      )}
      {editing === undefined ? (
        <h2 className="govuk-heading-m">Add a delegated provider</h2>
      ) : (
        <h3 className="govuk-heading-s" tabIndex={-1} ref={heading}>
          Edit {editing.name}
        </h3>
      )}
      <div className={group('name')}>
        <label className="govuk-label" htmlFor={`${prefix}-name`}>
          Name
        </label>
        {message('name')}
        <input
          className="govuk-input"
          id={`${prefix}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor={`${prefix}-legal-form`}>
          Legal form
        </label>
        <select
          className="govuk-select"
          id={`${prefix}-legal-form`}
          value={legalForm}
          onChange={(e) => setLegalForm(legalForms.find((f) => f === e.target.value) ?? 'other')}
        >
          {legalForms.map((form) => (
            <option key={form} value={form}>
              {legalFormLabels[form]}
            </option>
          ))}
        </select>
      </div>
      <div className={group('company-number')}>
        <label className="govuk-label" htmlFor={`${prefix}-company-number`}>
          Companies House number{editing?.companyNumber === undefined ? ' (optional)' : ''}
        </label>
        <div id={`${prefix}-company-number-hint`} className="govuk-hint">
          8 characters, for example 01234567 or SC123456
        </div>
        {message('company-number')}
        <input
          className="govuk-input govuk-input--width-10"
          id={`${prefix}-company-number`}
          aria-describedby={described('company-number')}
          value={companyNumber}
          onChange={(e) => setCompanyNumber(e.target.value)}
        />
      </div>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={`${prefix}-for-profit`}
              type="checkbox"
              checked={forProfit}
              onChange={(e) => setForProfit(e.target.checked)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={`${prefix}-for-profit`}>
              The provider distributes profits (is profit-making)
            </label>
          </div>
        </div>
      </div>
      <div className={group('functions')}>
        <fieldset
          className="govuk-fieldset"
          aria-describedby={
            errors.functions === undefined ? undefined : `${prefix}-functions-error`
          }
        >
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Functions delegated
          </legend>
          {message('functions')}
          <div
            className="govuk-checkboxes"
            data-module="govuk-checkboxes"
            id={`${prefix}-functions`}
          >
            {(
              [
                [
                  'relevant-care',
                  'Relevant care functions (2008): children looked after and care leavers',
                ],
                [
                  'wider',
                  'Wider functions (2014): almost all children’s social care, including child protection',
                ],
              ] as const
            ).map(([fn, label]) => (
              <div className="govuk-checkboxes__item" key={fn}>
                <input
                  className="govuk-checkboxes__input"
                  id={`${prefix}-fn-${fn}`}
                  type="checkbox"
                  checked={functions.includes(fn)}
                  onChange={(e) => toggle(fn, e.target.checked)}
                />
                <label
                  className="govuk-label govuk-checkboxes__label"
                  htmlFor={`${prefix}-fn-${fn}`}
                >
                  {label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <DateInput
        id={`${prefix}-contract-start`}
        legend="Contract start date"
        hint="For example, 1 4 2021"
        error={errors['contract-start']}
        {...(wrongParts['contract-start'] === undefined
          ? {}
          : { errorParts: wrongParts['contract-start'] })}
        value={start}
        onChange={setStart}
      />
      <DateInput
        id={`${prefix}-contract-end`}
        legend="Contract end date (optional)"
        hint="For example, 31 3 2027. Leave empty while the contract is open-ended."
        error={errors['contract-end']}
        {...(wrongParts['contract-end'] === undefined
          ? {}
          : { errorParts: wrongParts['contract-end'] })}
        value={end}
        onChange={setEnd}
      />
      <div className="govuk-button-group">
        <Button type="submit">{editing === undefined ? 'Add provider' : 'Save changes'}</Button>
        {onCancel === undefined ? null : (
          <Button variant="secondary" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
