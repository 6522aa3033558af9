import type { Conflict } from '../../../../shared/conflicts';
import { numberedFlags, reviewLabels } from '../../../../shared/reports/conflicts';
import { flagGroups } from '../../../../shared/workbook';
import { replaceQuery, type InspectionScreen, type Route } from '../../app/router';

/** The Conflicts screen's own route, with its query. */
export type ConflictsRoute = Extract<Route, { readonly name: InspectionScreen }>;
import { Select } from '../../components/govuk/Select';
import { FlagTable } from './FlagTable';
import { flagStatuses, isFlagStatus, statusOf } from './labels';

/**
 * The flags first as a summary: filters by review status and delegated
 * provider, kept in the address's query so a filtered view can be shared
 * and survives a reload, then one table per corporate group. Flags keep the
 * numbers the report gives them whatever the filter.
 */
export function FlagSummary({
  route,
  flags,
}: {
  readonly route: ConflictsRoute;
  readonly flags: readonly Conflict[];
}) {
  const query = route.query ?? {};
  const status = isFlagStatus(query['status']) ? query['status'] : '';
  const providers = [
    ...new Map(flags.map((f) => [f.delegatedProvider.id, f.delegatedProvider.name])),
  ];
  const provider = providers.some(([id]) => id === query['provider'])
    ? (query['provider'] ?? '')
    : '';
  const numbers = new Map(numberedFlags(flags).map(({ number, flag }) => [flag.id, number]));
  const shown = flags.filter(
    (flag) =>
      (status === '' || statusOf(flag) === status) &&
      (provider === '' || flag.delegatedProvider.id === provider),
  );
  const setFilter = (key: 'status' | 'provider', value: string) =>
    replaceQuery(route, { ...query, [key]: value });
  return (
    <>
      <div className="app-conflict-filters">
        <Select
          id="conflicts-status"
          label="Review status"
          labelClass="govuk-label--s"
          value={status}
          onChange={(value) => setFilter('status', value)}
          options={[
            { value: '', label: 'All statuses' },
            ...flagStatuses.map((value) => ({ value, label: reviewLabels[value] })),
          ]}
        />
        <Select
          id="conflicts-provider"
          label="Delegated provider"
          labelClass="govuk-label--s"
          value={provider}
          onChange={(value) => setFilter('provider', value)}
          options={[
            { value: '', label: 'All delegated providers' },
            ...providers.map(([value, label]) => ({ value, label })),
          ]}
        />
      </div>
      <output className="govuk-body app-conflict-count">
        {shown.length === flags.length
          ? `Showing all ${flags.length} flags.`
          : `Showing ${shown.length} of ${flags.length} flags.`}
      </output>
      {flagGroups(shown).map((group, index) => (
        <FlagTable
          key={`${index}:${group.name}`}
          inspectionId={route.inspectionId}
          group={group}
          numbers={numbers}
        />
      ))}
    </>
  );
}
