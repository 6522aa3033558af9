import { parseHlc, type Clash } from '../../../../shared/bundle';
import { Table } from '../../components/govuk/Table';
import { ScrollBox } from '../../components/layout/ScrollBox';
import { clashFieldName, clashValue } from './clash-labels';

function when(hlc: string): string {
  const wall = parseHlc(hlc)?.wallMs;
  return wall === undefined ? '' : new Date(wall).toISOString().slice(0, 16).replace('T', ' ');
}

/** What a record is, in words; the log's entity types are for machines. */
const recordNames: Readonly<Record<string, string>> = {
  inspection: 'Inspection',
  provider: 'Delegated provider',
  evidence: 'Evidence',
  judgement: 'Judgement',
  finding: 'Finding',
  improvement: 'What needs to improve',
  'priority-action': 'Area for priority action',
  acceptance: 'Accepted warning',
  summary: 'Summary',
  import: 'Imported file',
  'company-link': 'Name link',
  'conflict-review': 'Conflict review',
  'report-version': 'Report version',
  'member-key': 'Team member’s key',
};

/**
 * Every clash of a merge (a bundle merged, or a team folder's pass): two
 * people changed the same field from the same value; the later change is
 * kept and the other shown, so nobody's work disappears unseen.
 */
export function ClashTable({
  clashes,
  caption = 'Edits that clashed',
}: {
  readonly clashes: readonly Clash[];
  /** The table's caption, which also names its scrolling box (unique on the page). */
  readonly caption?: string;
}) {
  return (
    // Four columns of free text do not fit 320 px: the table scrolls in its box (WCAG 1.4.10).
    <ScrollBox label={caption}>
      <Table
        caption={caption}
        captionClass="govuk-table__caption--s"
        rows={clashes}
        rowKey={(clash) => `${clash.entity}/${clash.id}/${clash.field}`}
        columns={[
          { header: 'Record', cell: (c) => `${recordNames[c.entity] ?? c.entity}: ${c.id}` },
          { header: 'Field', cell: (c) => clashFieldName(c.field) },
          {
            header: 'Kept',
            cell: (c) =>
              `${clashValue(c.field, c.kept.value)} (${c.kept.author}, ${when(c.kept.hlc)})`,
          },
          {
            header: 'Not kept',
            cell: (c) =>
              `${clashValue(c.field, c.other.value)} (${c.other.author}, ${when(c.other.hlc)})`,
          },
        ]}
      />
    </ScrollBox>
  );
}
