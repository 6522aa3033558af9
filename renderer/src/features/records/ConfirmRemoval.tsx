import { ConfirmDestructive } from '../../components/govuk/ConfirmDestructive';
import type { ImportRecord } from '../../db/schema';

/**
 * Asks before removing an imported file (a destructive action, GOV.UK
 * "confirm before deleting"). Its history stays in the workbook's log; its
 * rows and problems leave this inspection.
 */
export function ConfirmRemoval({
  record,
  onConfirm,
  onCancel,
}: {
  readonly record: ImportRecord;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  return (
    <ConfirmDestructive
      id="remove-heading"
      question={`Remove ${record.fileName}?`}
      confirm="Yes, remove this file"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      Its {record.rows.toLocaleString('en-GB')} rows and their problems leave this inspection. The
      log keeps a record that it was imported and removed.
    </ConfirmDestructive>
  );
}
