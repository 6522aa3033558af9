import { z } from 'zod';
import { ilacsFramework } from './public-sources';

/**
 * The kinds of inspection activity the workbook records (public ids). Sources:
 * Ofsted ILACS framework, https://www.gov.uk/government/publications/inspecting-local-authority-childrens-services-from-2018 (short and standard inspections, focused visits, monitoring
 * visits, annual self-evaluation) and test/fixtures/docs/ilacs.md §1.1b (letters and reports).
 */
export const inspectionKindIds = [
  'ilacs-standard',
  'ilacs-short',
  'focused-visit',
  'monitoring-visit',
  'self-assessment',
] as const;

/** One kind of inspection activity. */
export type InspectionKindId = (typeof inspectionKindIds)[number];

/** Schema for an {@link InspectionKindId}. */
export const inspectionKindIdSchema = z.enum(inspectionKindIds, {
  error: `expected an inspection kind: ${inspectionKindIds.join(', ')}`,
});

/** What a kind of inspection produces. */
export type InspectionKind = {
  readonly id: InspectionKindId;
  readonly label: string;
  /** Who grades the judgements, or `null` when the activity gives no grades. */
  readonly gradedBy: 'ofsted' | 'council' | null;
  /** Whether the activity looks at one focused-visit theme. */
  readonly hasTheme: boolean;
  /** Whether serious concerns are set out as "areas for priority action". */
  readonly hasPriorityActions: boolean;
  /** Where the facts come from. */
  readonly source: string;
};

const kindsById: Readonly<Record<InspectionKindId, InspectionKind>> = {
  'ilacs-standard': {
    id: 'ilacs-standard',
    label: 'Standard inspection',
    gradedBy: 'ofsted',
    hasTheme: false,
    hasPriorityActions: false,
    source: `Standard inspections: about two weeks on site, for local authorities judged requires improvement to be good. ${ilacsFramework}`,
  },
  'ilacs-short': {
    id: 'ilacs-short',
    label: 'Short inspection',
    gradedBy: 'ofsted',
    hasTheme: false,
    hasPriorityActions: false,
    source: `Short inspections: about one week on site, for local authorities judged good or outstanding. ${ilacsFramework}`,
  },
  'focused-visit': {
    id: 'focused-visit',
    label: 'Focused visit',
    gradedBy: null,
    hasTheme: true,
    // The letter may set out areas for priority action (test/fixtures/docs/ilacs.md §1.1b).
    hasPriorityActions: true,
    source: `Focused visits: one theme, no grades, findings in a letter. ${ilacsFramework}`,
  },
  'monitoring-visit': {
    id: 'monitoring-visit',
    label: 'Monitoring visit',
    gradedBy: null,
    hasTheme: false,
    hasPriorityActions: true,
    source: `Monitoring visits: to local authorities judged inadequate; serious concerns are areas for priority action. ${ilacsFramework}`,
  },
  'self-assessment': {
    id: 'self-assessment',
    label: 'Council self-assessment',
    gradedBy: 'council',
    hasTheme: false,
    hasPriorityActions: false,
    source: `The annual self-evaluation of social work practice, answering three questions. ${ilacsFramework}`,
  },
};

/** The kinds as data, in {@link inspectionKindIds} order. */
export const inspectionKinds: readonly InspectionKind[] = inspectionKindIds.map(
  (id) => kindsById[id],
);

/** The kind with this id. */
export function inspectionKind(id: InspectionKindId): InspectionKind {
  return kindsById[id];
}
