import { useState, type FormEvent } from 'react';
import { legalForms, type DelegatedFunction, type LegalForm } from '../../../../shared/domain';
import type { AddProviderInput } from '../../../../shared/workbook';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary, type ErrorItem } from '../../components/govuk/ErrorSummary';

const legalFormLabels: Readonly<Record<LegalForm, string>> = {
  cic: 'Community interest company (CIC)',
  'company-limited-by-guarantee': 'Company limited by guarantee',
  'company-limited-by-shares': 'Company limited by shares',
  charity: 'Charity',
  mutual: 'Mutual',
  'council-owned-company': 'Council-owned company',
  other: 'Other',
};

type Errors = Partial<Record<'name' | 'functions' | 'contract-start', string>>;

/**
 * Adds a delegated provider: name, legal form, company number, profit
 * status, the functions delegated (2008 relevant care functions, 2014 wider
 * functions) and the contract's start. GOV.UK error-summary pattern.
 */
export function ProviderForm({
  defaultStart,
  onAdd,
}: {
  readonly defaultStart: string;
  readonly onAdd: (input: AddProviderInput) => Promise<string | undefined>;
}) {
  const [name, setName] = useState('');
  const [legalForm, setLegalForm] = useState<LegalForm>('cic');
  const [companyNumber, setCompanyNumber] = useState('');
  const [forProfit, setForProfit] = useState(false);
  const [functions, setFunctions] = useState<DelegatedFunction[]>(['relevant-care']);
  const [start, setStart] = useState(defaultStart);
  const [errors, setErrors] = useState<Errors>({});
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
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start))
      found['contract-start'] = 'Enter the contract start date as YYYY-MM-DD';
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const problem = await onAdd({
      name,
      legalForm,
      forProfit,
      functions,
      contract: { start },
      ...(companyNumber.trim() === '' ? {} : { companyNumber: companyNumber.trim() }),
    });
    setFailure(problem);
    if (problem === undefined) {
      setName('');
      setCompanyNumber('');
    }
  }

  const summary: ErrorItem[] = [
    ...Object.entries(errors).map(([field, text]) => ({ text, href: `#provider-${field}` })),
    ...(failure === undefined ? [] : [{ text: failure }]),
  ];
  const group = (field: keyof Errors) =>
    `govuk-form-group${errors[field] === undefined ? '' : ' govuk-form-group--error'}`;
  const message = (field: keyof Errors) =>
    errors[field] === undefined ? null : (
      <p id={`provider-${field}-error`} className="govuk-error-message">
        <span className="govuk-visually-hidden">Error:</span> {errors[field]}
      </p>
    );

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      {summary.length === 0 ? null : (
        <ErrorSummary errors={summary} key={summary.map((s) => s.text).join()} />
      )}
      <h2 className="govuk-heading-m">Add a delegated provider</h2>
      <div className={group('name')}>
        <label className="govuk-label" htmlFor="provider-name">
          Name
        </label>
        {message('name')}
        <input
          className="govuk-input"
          id="provider-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="provider-legal-form">
          Legal form
        </label>
        <select
          className="govuk-select"
          id="provider-legal-form"
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
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="provider-company-number">
          Companies House number (optional)
        </label>
        <div id="provider-company-number-hint" className="govuk-hint">
          8 characters, for example 01234567 or SC123456
        </div>
        <input
          className="govuk-input govuk-input--width-10"
          id="provider-company-number"
          aria-describedby="provider-company-number-hint"
          value={companyNumber}
          onChange={(e) => setCompanyNumber(e.target.value)}
        />
      </div>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="provider-for-profit"
              type="checkbox"
              checked={forProfit}
              onChange={(e) => setForProfit(e.target.checked)}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="provider-for-profit">
              The provider distributes profits (is profit-making)
            </label>
          </div>
        </div>
      </div>
      <div className={group('functions')}>
        <fieldset
          className="govuk-fieldset"
          aria-describedby={errors.functions === undefined ? undefined : 'provider-functions-error'}
        >
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            Functions delegated
          </legend>
          {message('functions')}
          <div className="govuk-checkboxes" data-module="govuk-checkboxes" id="provider-functions">
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
                  id={`provider-fn-${fn}`}
                  type="checkbox"
                  checked={functions.includes(fn)}
                  onChange={(e) => toggle(fn, e.target.checked)}
                />
                <label
                  className="govuk-label govuk-checkboxes__label"
                  htmlFor={`provider-fn-${fn}`}
                >
                  {label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className={group('contract-start')}>
        <label className="govuk-label" htmlFor="provider-contract-start">
          Contract start date
        </label>
        <div id="provider-contract-start-hint" className="govuk-hint">
          For example, 2021-04-01
        </div>
        {message('contract-start')}
        <input
          className="govuk-input govuk-input--width-10"
          id="provider-contract-start"
          aria-describedby="provider-contract-start-hint"
          value={start}
          onChange={(e) => setStart(e.target.value)}
        />
      </div>
      <Button type="submit">Add provider</Button>
    </form>
  );
}
