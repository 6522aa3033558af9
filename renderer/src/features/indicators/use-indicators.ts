import type { CouncilComparators } from '../../../../shared/comparators/compare';
import type { IndicatorReport } from '../../../../shared/records/indicators';
import { dataWorkerFor } from '../../workers/data-client';
import { useLogWorker } from '../../workers/use-log-worker';
import type { ProviderName } from './indicator-table';

export type IndicatorsState =
  | { readonly status: 'loading' }
  | { readonly status: 'empty'; readonly published?: CouncilComparators }
  | {
      readonly status: 'ready';
      readonly report: IndicatorReport;
      readonly providers: readonly ProviderName[];
      readonly published?: CouncilComparators;
    }
  | { readonly status: 'failed'; readonly message: string };

/**
 * The worker's answer is structured-cloned from the engine's own output; this
 * checks its outline (the fields the page reads) rather than trusting it.
 */
function isReport(value: unknown): value is IndicatorReport {
  if (typeof value !== 'object' || value === null) return false;
  const indicators: unknown = Reflect.get(value, 'indicators');
  const notes: unknown = Reflect.get(value, 'notes');
  return (
    Array.isArray(indicators) &&
    Array.isArray(notes) &&
    indicators.every(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        typeof Reflect.get(item, 'id') === 'string' &&
        typeof Reflect.get(item, 'label') === 'string' &&
        typeof Reflect.get(item, 'scope') === 'string' &&
        typeof Reflect.get(item, 'scopeName') === 'string' &&
        typeof Reflect.get(item, 'definition') === 'string' &&
        typeof Reflect.get(item, 'source') === 'string',
    )
  );
}

function isProviderList(value: unknown): value is ProviderName[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item: unknown) =>
        typeof item === 'object' &&
        item !== null &&
        typeof Reflect.get(item, 'id') === 'string' &&
        typeof Reflect.get(item, 'name') === 'string',
    )
  );
}

/** The published comparators' outline: the council and a list of measures, each with its figures. */
function isPublished(value: unknown): value is CouncilComparators {
  if (typeof value !== 'object' || value === null) return false;
  const la: unknown = Reflect.get(value, 'la');
  const measures: unknown = Reflect.get(value, 'measures');
  const neighbours: unknown = Reflect.get(value, 'neighbours');
  return (
    typeof la === 'object' &&
    la !== null &&
    typeof Reflect.get(la, 'name') === 'string' &&
    Array.isArray(neighbours) &&
    Array.isArray(measures) &&
    measures.every(
      (m: unknown) =>
        typeof m === 'object' &&
        m !== null &&
        typeof Reflect.get(m, 'label') === 'string' &&
        typeof Reflect.get(m, 'england') === 'object' &&
        typeof Reflect.get(m, 'neighbours') === 'object',
    )
  );
}

function stateFrom(data: unknown): IndicatorsState {
  const type: unknown = Reflect.get(Object(data), 'type');
  const report: unknown = Reflect.get(Object(data), 'report');
  const providers: unknown = Reflect.get(Object(data), 'providers');
  const published: unknown = Reflect.get(Object(data), 'published');
  const withPublished = isPublished(published) ? { published } : {};
  if (type === 'empty') return { status: 'empty', ...withPublished };
  if (type === 'done' && isReport(report) && isProviderList(providers))
    return { status: 'ready', report, providers, ...withPublished };
  return {
    status: 'failed',
    message: String(
      Reflect.get(Object(data), 'message') ?? 'The indicators could not be computed.',
    ),
  };
}

const indicatorsWorker = dataWorkerFor('indicators');

/**
 * The indicators of one inspection, computed in a worker from the imported
 * files (as `workbook indicators` computes them) and recomputed whenever the
 * log changes: a file imported or removed, a provider renamed.
 */
export function useIndicators(inspectionId: string): IndicatorsState {
  return useLogWorker(inspectionId, indicatorsWorker, stateFrom);
}
