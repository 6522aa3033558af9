import { z } from 'zod';

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
    source: 'domain.md §1.2: 2 weeks on site, for LAs rated requires improvement',
  },
  'ilacs-short': {
    id: 'ilacs-short',
    label: 'Short inspection',
    gradedBy: 'ofsted',
    hasTheme: false,
    hasPriorityActions: false,
    source: 'domain.md §1.2: 1 week on site, for LAs rated good or better',
  },
  'focused-visit': {
    id: 'focused-visit',
    label: 'Focused visit',
    gradedBy: null,
    hasTheme: true,
    // The letter may set out areas for priority action (test/fixtures/docs/ilacs.md §1.1b).
    hasPriorityActions: true,
    source: 'domain.md §1.2: one theme, no grades; ilacs.md §1.1b focused visit letter',
  },
  'monitoring-visit': {
    id: 'monitoring-visit',
    label: 'Monitoring visit',
    gradedBy: null,
    hasTheme: false,
    hasPriorityActions: true,
    source:
      'domain.md §1.2: made to inadequate LAs; serious concerns are areas for priority action',
  },
  'self-assessment': {
    id: 'self-assessment',
    label: 'Council self-assessment',
    gradedBy: 'council',
    hasTheme: false,
    hasPriorityActions: false,
    source: 'domain.md §1.2 annual self-evaluation; ilacs.md §1.1c (three questions)',
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
