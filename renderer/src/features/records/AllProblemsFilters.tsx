import { useMemo } from 'react';
import { ruleLabel } from '../../../../shared/records/labels';
import type { Severity } from '../../../../shared/records/problem';
import { Select } from '../../components/govuk/Select';
import { TextInput } from '../../components/govuk/TextInput';
import type { ProblemEntry } from '../../db/problems-repository';
import { countsBy, type EntryFilter } from './entry-filter';
import { severityNames } from './SeverityTag';

const severities: readonly Severity[] = ['error', 'warning', 'info'];

function counted(label: string, count: number | undefined): string {
  return `${label} (${(count ?? 0).toLocaleString('en-GB')})`;
}

/**
 * A DfE code with the start of its rule's text (the DfE's message, which
 * its problems carry), so the code need not be known by heart.
 */
function dfeLabel(code: string, message: string): string {
  return `${code}: ${message.length > 50 ? `${message.slice(0, 49).trimEnd()}…` : message}`;
}

/**
 * The filters of the problems across files: whose records, severity, rule,
 * DfE code and child. Each applies as it changes (GOV.UK select and text input,
 * https://design-system.service.gov.uk/components/select/); the count below
 * them is announced.
 */
export function AllProblemsFilters({
  entries,
  filter,
  ownerName,
  onChange,
}: {
  readonly entries: readonly ProblemEntry[];
  readonly filter: EntryFilter;
  readonly ownerName: (owner: string) => string;
  readonly onChange: (filter: EntryFilter) => void;
}) {
  const owners = useMemo(() => countsBy(entries, (e) => e.owner), [entries]);
  const bySeverity = useMemo(() => countsBy(entries, (e) => e.problem.severity), [entries]);
  const rules = useMemo(() => {
    const counts = countsBy(entries, (e) => e.problem.rule);
    return [...counts]
      .map(([rule, count]) => ({ value: rule, label: counted(ruleLabel(rule), count) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));
  }, [entries]);
  const dfeCodes = useMemo(() => {
    const counts = countsBy(entries, (e) => e.problem.dfeCode ?? '');
    const messages = new Map<string, string>();
    for (const { problem } of entries) {
      if (problem.dfeCode !== undefined && !messages.has(problem.dfeCode))
        messages.set(problem.dfeCode, problem.message);
    }
    // By code as a number: 103 before 1000.
    return [...counts]
      .filter(([code]) => code !== '')
      .sort(([a], [b]) => Number(a) - Number(b) || a.localeCompare(b, 'en-GB'))
      .map(([code, count]) => ({
        value: code,
        label: counted(dfeLabel(code, messages.get(code) ?? ''), count),
      }));
  }, [entries]);
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="problems-owner"
            label="Records of"
            labelClass="govuk-label--s"
            value={filter.owner}
            options={[
              { value: '', label: 'Everyone' },
              ...[...owners].map(([owner, count]) => ({
                value: owner,
                label: counted(ownerName(owner), count),
              })),
            ]}
            onChange={(owner) => onChange({ ...filter, owner })}
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="problems-severity"
            label="Severity"
            labelClass="govuk-label--s"
            value={filter.severity}
            options={[
              { value: '', label: 'All' },
              ...severities.map((s) => ({
                value: s,
                label: counted(severityNames[s].many, bySeverity.get(s)),
              })),
            ]}
            onChange={(value) =>
              onChange({ ...filter, severity: severities.find((s) => s === value) ?? '' })
            }
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="problems-rule"
            label="Rule"
            labelClass="govuk-label--s"
            value={filter.rule}
            options={[{ value: '', label: 'All rules' }, ...rules]}
            onChange={(rule) => onChange({ ...filter, rule })}
          />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select
            id="problems-dfe"
            label="DfE code"
            labelClass="govuk-label--s"
            value={filter.dfe}
            options={[
              { value: '', label: dfeCodes.length === 0 ? 'All (none raised here)' : 'All' },
              ...dfeCodes,
            ]}
            onChange={(dfe) => onChange({ ...filter, dfe })}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <TextInput
            id="problems-child"
            label="Child ID"
            labelClass="govuk-label--s"
            hint="The whole ID, for example NM-2001"
            type="search"
            spellCheck={false}
            autoComplete="off"
            value={filter.child}
            onChange={(child) => onChange({ ...filter, child })}
          />
        </div>
      </div>
    </>
  );
}
