import { useState } from 'react';
import type { Evidence } from '../../../../shared/domain';
import { Button } from '../../components/govuk/Button';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import { Textarea } from '../../components/govuk/Textarea';
import { EvidencePicker } from './EvidencePicker';
import { useFocusOnMount } from './use-focus-on-mount';

/** What the finding form saves: text, evidence and the optional note of action taken. */
export type FindingDraft = {
  readonly text: string;
  readonly evidenceIds: readonly string[];
  readonly actionTaken: string;
};

const fieldIds = { text: 'finding-text', action: 'finding-action' } as const;

/**
 * Adds or changes one finding: a numbered paragraph of the area's report
 * section, the evidence it rests on (chosen with the same picker as the
 * grade) and, if leaders acted while inspectors were on site, what they did
 * (as published ILACS reports record it, https://reports.ofsted.gov.uk/;
 * test/fixtures/docs/ilacs.md §1.1b "Events during the inspection"). A refusal from the engine
 * shows in the error summary and nothing is saved.
 */
export function FindingForm({
  title,
  initial,
  choices,
  sourceName,
  href,
  evidenceHref,
  onSave,
  onCancel,
}: {
  readonly title: string;
  readonly initial: FindingDraft;
  readonly choices: readonly Evidence[];
  readonly sourceName: (source: string) => string;
  readonly href: string;
  readonly evidenceHref: string;
  /** Saves; resolves to the engine's refusal, or undefined when saved. */
  readonly onSave: (draft: FindingDraft) => Promise<string | undefined>;
  readonly onCancel: () => void;
}) {
  const [text, setText] = useState(initial.text);
  const [evidenceIds, setEvidenceIds] = useState<readonly string[]>(initial.evidenceIds);
  const [actionTaken, setActionTaken] = useState(initial.actionTaken);
  const [error, setError] = useState<{ text: string; href?: string } | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  // Opening the form moves focus to it, so keyboard and screen reader users land where they type.
  const heading = useFocusOnMount<HTMLHeadingElement>(true);

  async function submit() {
    if (text.trim() === '') {
      setError({
        text: 'Enter the finding: the paragraph as the report will print it',
        href: `#${fieldIds.text}`,
      });
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    const problem = await onSave({
      text: text.trim(),
      evidenceIds,
      actionTaken: actionTaken.trim(),
    });
    setBusy(false);
    if (problem !== undefined) {
      setError({ text: problem });
      setAttempt((n) => n + 1);
    }
  }

  const textError = error?.href === undefined ? undefined : error.text;
  return (
    <form
      noValidate
      className="app-finding-form"
      aria-label={title}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {error === undefined ? null : <ErrorSummary key={attempt} errors={[error]} />}
      <h3 className="govuk-heading-m" tabIndex={-1} ref={heading}>
        {title}
      </h3>
      <Textarea
        id={fieldIds.text}
        label="Finding"
        labelClass="govuk-label--s"
        hint="One paragraph of the report, as it will be printed and numbered."
        rows={5}
        value={text}
        onChange={setText}
        {...(textError === undefined ? {} : { error: textError })}
      />
      <EvidencePicker
        id="finding-evidence"
        legend="Evidence this finding rests on"
        choices={choices}
        values={evidenceIds}
        onChange={setEvidenceIds}
        sourceName={sourceName}
        href={href}
        evidenceHref={evidenceHref}
      />
      <Textarea
        id={fieldIds.action}
        label="Action taken during the inspection (optional)"
        labelClass="govuk-label--s"
        hint="What leaders did about this while inspectors were on site, if anything."
        rows={3}
        value={actionTaken}
        onChange={setActionTaken}
      />
      <div className="govuk-button-group">
        <Button type="submit" disabled={busy}>
          Save finding
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
