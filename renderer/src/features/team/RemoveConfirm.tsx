import { Button } from '../../components/govuk/Button';
import { WarningText } from '../../components/govuk/WarningText';

/** Moves focus to the question, so keyboard and screen-reader users land on it. */
function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}

/** Asks before the lead removes a member from the roster (a change that cannot be taken back quietly). */
export function RemoveConfirm({
  member,
  onConfirm,
  onCancel,
}: {
  readonly member: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  return (
    <section aria-labelledby="remove-member-heading">
      <h2 className="govuk-heading-m" id="remove-member-heading" tabIndex={-1} ref={focusOnMount}>
        Remove {member} from the team roster?
      </h2>
      <WarningText>
        Their changes made before stay, signed by them. Any change they make from now on is refused
        when the workbook is opened or merged.
      </WarningText>
      <div className="govuk-button-group">
        <Button variant="warning" onClick={onConfirm}>
          Yes, remove {member}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
