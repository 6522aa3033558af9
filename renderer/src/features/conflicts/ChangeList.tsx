import type { Conflict } from '../../../../shared/conflicts';
import type { ConflictChanges } from '../../../../shared/workbook';
import { settingName } from './labels';

function entryText(entry: Conflict): string {
  return `${settingName(entry)}, for ${entry.delegatedProvider.name}`;
}

function Part({
  title,
  entries,
}: {
  readonly title: string;
  readonly entries: readonly Conflict[];
}) {
  if (entries.length === 0) return null;
  return (
    <>
      <p className="govuk-body govuk-!-margin-bottom-1">{title}</p>
      <ul className="govuk-list govuk-list--bullet">
        {entries.map((entry) => (
          <li key={entry.id}>{entryText(entry)}</li>
        ))}
      </ul>
    </>
  );
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** Exactly which flags and leads a link decision adds or removes, by setting and provider. */
export function ChangeList({
  changes,
  tense,
}: {
  readonly changes: ConflictChanges;
  readonly tense: 'will' | 'did';
}) {
  const verb = (will: string, did: string) => (tense === 'will' ? will : did);
  const { flagsAdded, flagsRemoved, leadsAdded, leadsRemoved } = changes;
  if (flagsAdded.length + flagsRemoved.length + leadsAdded.length + leadsRemoved.length === 0)
    return <p className="govuk-body">No flag or lead {verb('will change', 'changed')}.</p>;
  return (
    <>
      <Part
        title={`${verb('This will remove', 'Removed')} ${plural(leadsRemoved.length, 'lead', 'leads')}:`}
        entries={leadsRemoved}
      />
      <Part
        title={`${verb('This will remove', 'Removed')} ${plural(flagsRemoved.length, 'flag', 'flags')}:`}
        entries={flagsRemoved}
      />
      <Part
        title={`${verb('This will add', 'Added')} ${plural(flagsAdded.length, 'flag', 'flags')}:`}
        entries={flagsAdded}
      />
      <Part
        title={`${verb('This will add', 'Added')} ${plural(leadsAdded.length, 'lead', 'leads')}:`}
        entries={leadsAdded}
      />
    </>
  );
}
