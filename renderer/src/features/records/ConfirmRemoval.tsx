import { Button } from '../../components/govuk/Button';
import { WarningText } from '../../components/govuk/WarningText';
import type { ImportRecord } from '../../db/schema';

/** Takes focus when it appears, so keyboard and screen-reader users land on the question. */
function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}

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
    <section className="govuk-form-group" aria-labelledby="remove-heading">
      <h2 className="govuk-heading-m" id="remove-heading" tabIndex={-1} ref={focusOnMount}>
        Remove {record.fileName}?
      </h2>
      <WarningText>
        Its {record.rows.toLocaleString('en-GB')} rows and their problems leave this inspection. The
        log keeps a record that it was imported and removed.
      </WarningText>
      <div className="govuk-button-group">
        <Button variant="warning" onClick={onConfirm}>
          Yes, remove this file
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
