import type { InspectionKindId } from '../../../../shared/domain';

/**
 * The headings each kind of report prints for its written parts, so the
 * pages where inspectors write them use the words the reader will see
 * (test/fixtures/docs/ilacs.md §1.1b: "Headline findings" and "What needs to improve in this
 * area" in a focused-visit letter, "Overview" in a monitoring-visit letter).
 */
export function reportHeadings(kind: InspectionKindId): {
  readonly summary: string;
  readonly improvements: string;
} {
  switch (kind) {
    case 'focused-visit':
      return { summary: 'Headline findings', improvements: 'What needs to improve in this area' };
    case 'monitoring-visit':
      return { summary: 'Overview', improvements: 'What needs to improve' };
    default:
      return { summary: 'Headline summary', improvements: 'What needs to improve?' };
  }
}
