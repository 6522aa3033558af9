import { ConfirmDestructive } from '../../components/govuk/ConfirmDestructive';

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
    <ConfirmDestructive
      id="remove-member-heading"
      question={`Remove ${member} from the team roster?`}
      confirm={`Yes, remove ${member}`}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      Their changes made before stay, signed by them. Any change they make from now on is refused
      when the workbook is opened or merged.
    </ConfirmDestructive>
  );
}
