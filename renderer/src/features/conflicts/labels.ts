import type { Conflict } from '../../../../shared/conflicts';
import type { reviewLabels } from '../../../../shared/reports/conflicts';

/** A review status as the report words it (`not-reviewed` and the three a review records). */
export type FlagStatus = keyof typeof reviewLabels;

/** The statuses in the order a filter lists them. */
export const flagStatuses: readonly FlagStatus[] = [
  'not-reviewed',
  'confirmed',
  'mitigated',
  'dismissed',
];

/** Narrows a query value to a status. */
export function isFlagStatus(value: string | undefined): value is FlagStatus {
  return flagStatuses.some((status) => status === value);
}

/** The status of a flag as the report words it. */
export function statusOf(flag: Conflict): FlagStatus {
  return flag.review === null ? 'not-reviewed' : flag.review.status;
}

/**
 * The placement provider as the report names it: the setting, then its owner
 * (shared/workbook/report-inputs.ts builds the same words for the report).
 */
export function settingName(flag: Conflict): string {
  return `${flag.setting.name ?? 'Unnamed setting'} (${flag.owner.name})`;
}
