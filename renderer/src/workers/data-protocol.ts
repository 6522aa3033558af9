import type { CouncilComparators } from '../../../shared/comparators/compare';
import type { ConflictReport } from '../../../shared/conflicts';
import type { CrossCheckReport } from '../../../shared/records/cin/cross-checks';
import type { IndicatorReport } from '../../../shared/records/indicators';
import type { LinkChange } from '../../../shared/workbook';

/**
 * The data worker's messages, one module for both ends. The page names an
 * inspection and the store it lives in; the worker reads the log and the
 * records from the store itself, so no page ships a log or files to it.
 */
export type DataKind = 'indicators' | 'conflicts' | 'cross-checks' | 'warm';

export type DataRequest = {
  readonly kind: DataKind;
  /** The IndexedDB database's name (the app's, or a test's). */
  readonly dbName: string;
  readonly inspectionId: string;
  /** Conflicts only: a link decision to try without recording it ("what would this change?"). */
  readonly whatIf?: LinkChange;
};

/** A delegated provider as the indicators screen lists it. */
export type ProviderName = { readonly id: string; readonly name: string };

export type IndicatorsReply =
  | {
      readonly type: 'done';
      readonly report: IndicatorReport;
      readonly providers: readonly ProviderName[];
      /** The council's published DfE figures beside England, its region and its neighbours. */
      readonly published?: CouncilComparators;
    }
  | { readonly type: 'empty'; readonly published?: CouncilComparators }
  | { readonly type: 'failed'; readonly message: string };

export type CrossChecksReply =
  | { readonly ok: true; readonly report: CrossCheckReport }
  | { readonly ok: false; readonly message: string };

/**
 * `warm`: sent when an inspection opens, so the worker has started, opened
 * the store and read the results it kept last time before a screen asks
 * (it computes nothing new: an idle Overview costs no CPU).
 */
export type WarmReply = { readonly ok: true } | { readonly ok: false; readonly message: string };

export type ConflictsReply =
  | { readonly ok: true; readonly report: ConflictReport }
  | { readonly ok: false; readonly message: string };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isLinkChange(value: unknown): value is LinkChange {
  return (
    isObject(value) &&
    typeof value['owner'] === 'string' &&
    typeof value['company'] === 'string' &&
    (value['decision'] === 'confirmed' ||
      value['decision'] === 'rejected' ||
      value['decision'] === 'undecided')
  );
}

/** Narrows a message to the worker. */
export function isDataRequest(value: unknown): value is DataRequest {
  return (
    isObject(value) &&
    (value['kind'] === 'indicators' ||
      value['kind'] === 'conflicts' ||
      value['kind'] === 'cross-checks' ||
      value['kind'] === 'warm') &&
    typeof value['dbName'] === 'string' &&
    typeof value['inspectionId'] === 'string' &&
    (value['whatIf'] === undefined || isLinkChange(value['whatIf']))
  );
}
