import { z } from 'zod';

/**
 * A tag cross-referencing a "What needs to improve?" bullet to DfE's
 * *Children's Social Care: National Framework*, printed as "(Outcome n,
 * national framework)" or "(Enabler n)" in many reports from 2025
 * (test/fixtures/docs/ilacs.md §1.0 and §1.1b; RC: sunderland 2025-03-11 footnote 1).
 */
export const improvementTagSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('outcome'),
    number: z.number().int().min(1).max(4, { error: 'the national framework has outcomes 1 to 4' }),
  }),
  z.object({
    kind: z.literal('enabler'),
    number: z.number().int().min(1).max(3, { error: 'the national framework has enablers 1 to 3' }),
  }),
]);

/** A national-framework outcome or enabler tag. */
export type ImprovementTag = z.output<typeof improvementTagSchema>;

/**
 * The national framework's outcomes and enablers. Outcome titles: DfE,
 * *Children's Social Care National Framework* consultation document (Feb
 * 2023), contents page. Enabler titles are **[unverified]**: no source for
 * them was read for this repository.
 */
export const nationalFrameworkTags: readonly (ImprovementTag & { readonly title: string })[] = [
  {
    kind: 'outcome',
    number: 1,
    title: 'Children, young people and families stay together and get the help they need',
  },
  {
    kind: 'outcome',
    number: 2,
    title: 'Children and young people are supported by their family network',
  },
  {
    kind: 'outcome',
    number: 3,
    title: 'Children and young people are safe in and outside of their homes',
  },
  {
    kind: 'outcome',
    number: 4,
    title: 'Children in care and care leavers have stable, loving homes',
  },
  { kind: 'enabler', number: 1, title: 'Multi-agency working is prioritised and effective' },
  { kind: 'enabler', number: 2, title: 'Leaders drive conditions for effective practice' },
  { kind: 'enabler', number: 3, title: 'The workforce is equipped and effective' },
];

/**
 * The tag as reports print it after an improvement bullet (test/fixtures/docs/ilacs.md §1.1b):
 * `(Outcome 3, national framework)` or `(Enabler 2)`.
 */
export function formatImprovementTag(tag: ImprovementTag): string {
  return tag.kind === 'outcome'
    ? `(Outcome ${tag.number}, national framework)`
    : `(Enabler ${tag.number})`;
}
