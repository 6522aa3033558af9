import type { CrossCheckReport } from '../../../../shared/records/cin/cross-checks';
import { dataWorkerFor } from '../../workers/data-client';
import { useLogWorker } from '../../workers/use-log-worker';

export type CrossChecksState =
  | { readonly status: 'ready'; readonly report: CrossCheckReport }
  | { readonly status: 'failed'; readonly message: string };

/** The worker's answer, checked in outline (the fields the panel reads). */
function stateFrom(data: unknown): CrossChecksState {
  const report: unknown = Reflect.get(Object(data), 'report');
  const findings: unknown = Reflect.get(Object(report), 'findings');
  if (Reflect.get(Object(data), 'ok') === true && Array.isArray(findings)) {
    const census: unknown = Reflect.get(Object(report), 'census');
    return {
      status: 'ready',
      report: {
        census: typeof census === 'string' ? census : null,
        findings: findings.filter(
          (item: unknown) =>
            typeof Reflect.get(Object(item), 'id') === 'string' &&
            typeof Reflect.get(Object(item), 'message') === 'string',
        ),
      },
    };
  }
  const message: unknown = Reflect.get(Object(data), 'message');
  return {
    status: 'failed',
    message: typeof message === 'string' ? message : 'The cross-checks could not be run.',
  };
}

const worker = dataWorkerFor('cross-checks');

/** The CIN census cross-checks of an inspection, run again whenever the log changes. */
export function useCrossChecks(inspectionId: string) {
  return useLogWorker(inspectionId, worker, stateFrom);
}
