import type { Operation } from '../../../../shared/bundle';
import type { FrameworkId, Workbook } from '../../../../shared/domain';
import type { ReportConflicts, ReportIndicators } from '../../../../shared/reports';
import { buildDemo } from '../../../../shared/demo';
import { workbookFromOperations } from '../../../../shared/workbook';
import { buildVisitDemo, type VisitDemoKind } from '../../../../shared/demo';

/** A demo workbook and its log, built with the real commands (fixed ids and clock). */
export type DemoWorkbook = {
  readonly operations: readonly Operation[];
  readonly workbook: Workbook;
};

/** The demo workbooks: the ILACS inspection under each framework, and the visits and self-assessment. */
export function demoWorkbook(kind: FrameworkId | VisitDemoKind): DemoWorkbook {
  let counter = 0;
  const ids = {
    newId: (prefix: string) => `${prefix}-${String((counter += 1)).padStart(4, '0')}`,
    now: () => '2027-02-16T12:00:00Z',
  };
  const operations =
    kind === 'ilacs-2018' || kind === 'ilacs-2023' || kind === 'ilacs-2026'
      ? buildDemo(kind, ids)
      : buildVisitDemo(kind, ids);
  const workbook = workbookFromOperations(operations);
  if (!workbook.ok) throw new Error(workbook.error.message);
  return { operations, workbook: workbook.data };
}

/** The id of the demo provider whose name contains `name`. */
export function providerId(workbook: Workbook, name: string): string {
  const found = workbook.providers.find((p) => p.name.includes(name));
  if (found === undefined) throw new Error(`no provider ${name}`);
  return found.id;
}

/**
 * Hand-built indicators (issue #5 does not exist yet): two indicators with
 * values for the whole council and two providers, one value missing.
 */
export function handIndicators(workbook: Workbook): ReportIndicators {
  const trust = providerId(workbook, 'Trust');
  const swp = providerId(workbook, 'Harbour');
  return {
    asOf: '2026-09-30',
    source: 'SSDA903 return 2025–26 (hand-built test figures)',
    indicators: [
      {
        id: 'placement-stability',
        label: 'Children in care with three or more placements in the year',
        unit: 'percent',
        betterWhen: 'lower',
        national: 10,
        values: [
          { source: 'council', value: 11, numerator: 44, denominator: 400 },
          { source: trust, value: 9.5, numerator: 31, denominator: 326 },
          { source: swp, value: 17.6, numerator: 13, denominator: 74 },
        ],
      },
      {
        id: 'care-leavers-in-touch',
        label: 'Care leavers aged 19 to 21 in touch',
        unit: 'percent',
        betterWhen: 'higher',
        values: [
          { source: 'council', value: 94 },
          { source: swp, value: null, denominator: 4 },
        ],
      },
    ],
  };
}

/** A hand-built conflicts check (issue #6 does not exist yet): one flag with a two-link chain. */
export function handConflicts(workbook: Workbook): ReportConflicts {
  return {
    checkedAt: '2026-10-01',
    register: 'the Ofsted social care providers list of 31 August 2026 (hand-built test data)',
    flags: [
      {
        id: 'flag-1',
        provider: providerId(workbook, 'Keystone'),
        placementProvider: { name: 'Keystone Homes Ltd', urn: 'SC123456' },
        severity: 'high',
        chain: [
          {
            from: 'Keystone Homes Ltd',
            relation: 'is owned by (PSC, 75–100% of shares)',
            to: 'Keystone Group plc',
            source: 'Companies House PSC snapshot, 1 September 2026',
          },
          {
            from: 'Keystone Group plc',
            relation: 'owns (PSC, 75–100% of shares)',
            to: 'Keystone Family Support Ltd',
            source: 'Companies House PSC snapshot, 1 September 2026',
          },
        ],
        childrenAffected: 7,
        placements: 9,
        review: {
          status: 'confirmed',
          by: 'Amara Okafor',
          at: '2026-10-14',
          note: 'Raised with the DCS.',
        },
      },
    ],
  };
}
