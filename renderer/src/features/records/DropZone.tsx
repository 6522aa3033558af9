import { useState, type DragEvent } from 'react';
import { Button } from '../../components/govuk/Button';
import './drop-zone.scss';

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

/**
 * Takes record files dragged onto it, or chosen with its button (the way for
 * keyboard and screen-reader users, and for anyone who prefers a dialog).
 * Both paths go through the same import.
 */
export function DropZone({
  disabled,
  onChoose,
  onDrop,
}: {
  readonly disabled: boolean;
  readonly onChoose: () => void;
  readonly onDrop: (files: File[]) => void;
}) {
  const [over, setOver] = useState(false);

  const accept = (event: DragEvent<HTMLElement>) => {
    if (!hasFiles(event)) return;
    // Without preventDefault the browser opens the file instead of dropping it here.
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    setOver(!disabled);
  };

  return (
    // Dropping is for pointer users; the button inside is the keyboard way to the same import.
    // oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section
      className={`app-drop-zone${over ? ' app-drop-zone--over' : ''}`}
      aria-labelledby="drop-zone-label"
      onDragEnter={accept}
      onDragOver={accept}
      onDragLeave={(event) => {
        // Moving between the zone's own children is not leaving it.
        if (
          event.relatedTarget instanceof Node &&
          event.currentTarget.contains(event.relatedTarget)
        )
          return;
        setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const files = [...event.dataTransfer.files];
        if (!disabled && files.length > 0) onDrop(files);
      }}
    >
      <p className="govuk-body govuk-!-font-weight-bold" id="drop-zone-label">
        Drop files to import
      </p>
      <p className="govuk-hint">
        SSDA903 tables (CSV or XML), Annex A workbooks and Ofsted provider lists (xlsx). Or:
      </p>
      <Button onClick={onChoose} disabled={disabled} className="govuk-!-margin-bottom-0">
        Choose files to import
      </Button>
    </section>
  );
}
