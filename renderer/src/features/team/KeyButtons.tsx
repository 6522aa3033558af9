import type { RosterRow } from '../../../../shared/tasks';
import { Button } from '../../components/govuk/Button';

/**
 * A member's encryption key changes, before the roster is signed (after it,
 * the lead changes keys through the roster's add form): add or change it,
 * take the person's own key for their own row, or remove it.
 */
export function KeyButtons({
  row,
  self,
  onEdit,
  onUseMine,
  onRemove,
}: {
  readonly row: RosterRow;
  /** Whether the row is the person using the app (by the name in Settings). */
  readonly self: boolean;
  readonly onEdit: () => void;
  readonly onUseMine: () => void;
  readonly onRemove: () => void;
}) {
  const hidden = <span className="govuk-visually-hidden"> for {row.name}</span>;
  const keyed = row.recipient !== null;
  return (
    <div className="govuk-button-group govuk-!-margin-bottom-0">
      <Button variant="secondary" className="govuk-!-margin-bottom-1" onClick={onEdit}>
        {keyed ? 'Change key' : 'Add key'}
        {hidden}
      </Button>
      {!keyed && self ? (
        <Button variant="secondary" className="govuk-!-margin-bottom-1" onClick={onUseMine}>
          Use my key{hidden}
        </Button>
      ) : null}
      {keyed ? (
        <Button variant="warning" className="govuk-!-margin-bottom-1" onClick={onRemove}>
          Remove key{hidden}
        </Button>
      ) : null}
    </div>
  );
}
