import type { ReactNode } from 'react';
import { Button } from './Button';
import { WarningText } from './WarningText';

/** Takes focus when it appears, so keyboard and screen-reader users land on the question. */
function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}

/**
 * Asks before a destructive action, as GOV.UK's warning-button guidance
 * says (https://design-system.service.gov.uk/components/button/#warning-buttons):
 * the question as a heading that takes focus, what will be lost, then the
 * warning button and a way back.
 */
export function ConfirmDestructive({
  id,
  question,
  level = 2,
  children,
  confirm,
  onConfirm,
  onCancel,
}: {
  /** The heading's id, which names the section. */
  readonly id: string;
  readonly question: ReactNode;
  /** 2 for a question standing on its own, 3 inside a section. */
  readonly level?: 2 | 3;
  /** What will be lost, as warning text. */
  readonly children: ReactNode;
  /** The warning button's words. */
  readonly confirm: ReactNode;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="govuk-form-group" aria-labelledby={id}>
      <Heading
        className={level === 2 ? 'govuk-heading-m' : 'govuk-heading-s'}
        id={id}
        tabIndex={-1}
        ref={focusOnMount}
      >
        {question}
      </Heading>
      <WarningText>{children}</WarningText>
      <div className="govuk-button-group">
        <Button variant="warning" onClick={onConfirm}>
          {confirm}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
