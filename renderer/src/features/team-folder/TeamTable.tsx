import type { Member } from '../../../../shared/sync';
import { Table } from '../../components/govuk/Table';
import { formatMoment, plural } from './labels';

type Row = { readonly who: string; readonly synced: string; readonly segments: string };

/**
 * The team as the folder shows it: each colleague whose index is there,
 * with when they last wrote (their index's time) and how many segments,
 * and the person themself.
 */
export function TeamTable({
  team,
  me,
  wroteAt,
  wroteSegments,
}: {
  readonly team: readonly Member[];
  readonly me: string;
  readonly wroteAt: string | undefined;
  readonly wroteSegments: number | undefined;
}) {
  const rows: Row[] = [
    {
      who: `${me} (you)`,
      synced: wroteAt === undefined ? 'Nothing written yet' : formatMoment(wroteAt),
      segments: wroteSegments === undefined ? 'None yet' : plural(wroteSegments, 'file'),
    },
    ...[...team]
      .sort((a, b) => (a.author < b.author ? -1 : 1))
      .map((member) => ({
        who: member.author,
        synced: formatMoment(member.updatedAt),
        segments: plural(member.segments, 'file'),
      })),
  ];
  return (
    <Table
      caption="The team"
      captionClass="govuk-table__caption--s"
      rows={rows}
      rowKey={(row) => row.who}
      columns={[
        { header: 'Member', cell: (row) => row.who },
        { header: 'Last wrote to the folder', cell: (row) => row.synced },
        { header: 'Files of changes', cell: (row) => row.segments },
      ]}
    />
  );
}
