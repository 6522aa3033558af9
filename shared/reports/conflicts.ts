import type { Workbook } from '../domain';
import type { ConflictFlag, ReportConflicts } from './inputs';
import { sourceName } from './labels';
import { longDate, plural } from './text';
import type { ReportBlock } from './types';

/** Severities in words, as the report and the Conflicts screen print them. */
export const severityLabels: Readonly<Record<ConflictFlag['severity'], string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** Review statuses in words, as the report and the Conflicts screen print them. */
export const reviewLabels: Readonly<Record<ConflictFlag['review']['status'], string>> = {
  'not-reviewed': 'Not yet reviewed',
  confirmed: 'Confirmed',
  mitigated: 'Confirmed, with mitigation in place',
  dismissed: 'Dismissed',
};

function reviewText(flag: ConflictFlag): string {
  const { status, by, at } = flag.review;
  const who = by === undefined ? '' : ` by ${by}`;
  const when = at === undefined ? '' : ` on ${longDate(at)}`;
  return `${reviewLabels[status]}${who}${when}`;
}

/** The sentence the report prints when conflicts were not checked; the screen says the same. */
export const NOT_CHECKED = 'Conflicts of interest have not been checked.';

/**
 * The number the report gives each flag: from 1, in the order the check
 * returns them (most severe first). The Conflicts screen numbers its flags
 * with this too, so "flag 3" is the same flag in both.
 */
export function numberedFlags<T>(
  flags: readonly T[],
): { readonly number: number; readonly flag: T }[] {
  return flags.map((flag, index) => ({ number: index + 1, flag }));
}

/**
 * The conflicts-of-interest section (the README’s How fast table): every flag with its
 * evidence chain, the children affected and the inspector's review. Without
 * a check it says so plainly rather than implying there is no conflict.
 */
export function conflictBlocks(workbook: Workbook, conflicts?: ReportConflicts): ReportBlock[] {
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 2, text: 'Conflicts of interest' }];
  if (conflicts === undefined) {
    blocks.push(
      { kind: 'paragraph', text: NOT_CHECKED },
      {
        kind: 'paragraph',
        tone: 'secondary',
        text: 'A check matches each child’s placement to its owner and corporate group and flags every group shared with a delegated provider.',
      },
    );
    return blocks;
  }
  blocks.push({
    kind: 'paragraph',
    text: `Checked on ${longDate(conflicts.checkedAt)} against ${conflicts.register}.`,
  });
  const numbered = numberedFlags(conflicts.flags);
  if (conflicts.flags.length === 0) {
    blocks.push({ kind: 'paragraph', text: 'No conflicts of interest were found.' });
    return blocks;
  }
  const children = conflicts.flags.reduce((sum, flag) => sum + flag.childrenAffected, 0);
  blocks.push(
    {
      kind: 'paragraph',
      text: `${plural(conflicts.flags.length, 'flag')}, affecting ${plural(children, 'child', 'children')} in all (a child placed with two flagged providers is counted under each).`,
    },
    {
      kind: 'table',
      caption: 'Conflict-of-interest flags',
      head: ['Flag', 'Delegated provider', 'Placement provider', 'Severity', 'Children', 'Review'],
      rows: numbered.map(({ number, flag }) => [
        String(number),
        sourceName(workbook, flag.provider),
        flag.placementProvider.name,
        severityLabels[flag.severity],
        String(flag.childrenAffected),
        reviewLabels[flag.review.status],
      ]),
      numeric: [0, 4],
      widths: [28, '*', '*', 48, 48, 80],
    },
  );
  numbered.forEach(({ number, flag }) => {
    blocks.push(
      {
        kind: 'heading',
        level: 3,
        text: `Flag ${number}: ${sourceName(workbook, flag.provider)} and ${flag.placementProvider.name}`,
      },
      {
        kind: 'facts',
        items: [
          { label: 'Severity', value: severityLabels[flag.severity] },
          { label: 'Children affected', value: String(flag.childrenAffected) },
          ...(flag.placements === undefined
            ? []
            : [{ label: 'Placements', value: String(flag.placements) }]),
          ...(flag.placementProvider.urn === undefined
            ? []
            : [{ label: 'Ofsted URN', value: flag.placementProvider.urn }]),
          { label: 'Review', value: reviewText(flag) },
          ...(flag.review.note === undefined ? [] : [{ label: 'Note', value: flag.review.note }]),
        ],
      },
      {
        kind: 'table',
        caption: `Evidence chain for flag ${number}`,
        head: ['Step', 'From', 'Link', 'To', 'Source'],
        rows: flag.chain.map((link, step) => [
          String(step + 1),
          link.from,
          link.relation,
          link.to,
          link.source,
        ]),
        numeric: [0],
        widths: [28, '*', '*', '*', '*'],
      },
    );
  });
  return blocks;
}
