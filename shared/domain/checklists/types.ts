/**
 * How test/fixtures/docs/ilacs.md §1.1a groups the bullets under each judgement:
 *
 * - `good`: "A good checklist covers" / "Checklist, with report frequencies";
 * - `outstanding`: "Outstanding looks like";
 * - `inadequate`: "Inadequate looks like";
 * - `published-criteria`: Ofsted's own public summary of a judgement's
 *   criteria (care leavers, Dec 2022 news item);
 * - `note`: guidance about the judgement itself rather than a criterion to
 *   tick against evidence (the overall-effectiveness bullets; the Community
 *   Care points on how the care-leaver criteria are grouped).
 */
export type ChecklistGroup = 'good' | 'outstanding' | 'inadequate' | 'published-criteria' | 'note';

/**
 * One checklist item an inspector can tick against evidence.
 *
 * The wording is test/fixtures/docs/ilacs.md §1.1a's, which that document marks **[unverified]**
 * against Ofsted's framework page: it is built from public summaries and
 * from what published reports discuss. Bracketed numbers are the count of
 * report sections that mention the topic; use them to rank, not as rules.
 */
export type ChecklistItem = {
  /** Stable id, prefixed by judgement (`hp-`, `cic-`, `cl-`, `ldr-`, `oe-`). */
  readonly id: string;
  readonly group: ChecklistGroup;
  /** The bullet's text as test/fixtures/docs/ilacs.md §1.1a gives it, without markdown emphasis. */
  readonly text: string;
  /** Sub-points the document lists under the bullet, in order. */
  readonly points: readonly string[];
  /** The report(s) the document cites for the item's group, if any. */
  readonly source?: string;
};
