import { useEffect, useRef } from 'react';
import type { ConflictChanges, LinkChange } from '../../../../shared/workbook';
import { Button } from '../../components/govuk/Button';
import { ChangeList } from './ChangeList';

/** What the confirmation shows while the effect is worked out, and after. */
export type Effect =
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly message: string }
  | { readonly status: 'ready'; readonly changes: ConflictChanges };

const verbs = { confirmed: 'Confirm', rejected: 'Dismiss', undecided: 'Undo' } as const;

/**
 * Asks before a link decision is recorded, in the page rather than a dialog
 * (as GOV.UK confirmation pages do: say what will happen, then act), saying
 * exactly which leads and flags it removes or adds. Focus moves to its
 * heading so a screen reader reads the question first.
 */
export function LinkConfirm({
  change,
  companyName,
  effect,
  onConfirm,
  onCancel,
}: {
  readonly change: LinkChange;
  readonly companyName: string;
  readonly effect: Effect;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const verb = verbs[change.decision];
  return (
    <div className="app-link-confirm">
      <h4 className="govuk-heading-s" tabIndex={-1} ref={heading}>
        {verb} the link between {change.owner} and {companyName} ({change.company})?
      </h4>
      {effect.status === 'loading' ? (
        <p className="govuk-body">Working out which flags and leads this changes…</p>
      ) : effect.status === 'failed' ? (
        <p className="govuk-error-message">{effect.message}</p>
      ) : (
        <ChangeList changes={effect.changes} tense="will" />
      )}
      <p className="govuk-body">You can undo this afterwards from the list of decided links.</p>
      <div className="govuk-button-group">
        {effect.status === 'ready' ? (
          <Button
            variant={change.decision === 'rejected' ? 'warning' : 'primary'}
            onClick={onConfirm}
          >
            Yes, {verb.toLowerCase()} link
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
