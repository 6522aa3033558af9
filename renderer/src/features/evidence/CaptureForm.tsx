import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { questionEvidenceDate, type FrameworkArea } from '../../../../shared/domain';
import type { AddEvidenceInput } from '../../../../shared/workbook';
import { Button } from '../../components/govuk/Button';
import { DateInput } from '../../components/govuk/DateInput';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import type { SelectOption } from '../../components/govuk/Select';
import { Textarea } from '../../components/govuk/Textarea';
import { TextInput } from '../../components/govuk/TextInput';
import { WarningText } from '../../components/govuk/WarningText';
import {
  captureFields,
  checkDraft,
  type CaptureErrors,
  type CaptureField,
} from './capture-validation';
import { CriteriaPicker } from './CriteriaPicker';
import { DateQuestion, dateQuestionText } from './DateQuestion';
import { localToday } from './labels';
import { SavedStatus } from './SavedStatus';
import { useEvidenceDraft } from './use-evidence-draft';
import { ClassificationFields } from './ClassificationFields';

/** The element each field's error-summary link moves focus to. */
const fieldIds: Readonly<Record<CaptureField, string>> = {
  source: 'evidence-source',
  areas: 'evidence-areas',
  finding: 'evidence-finding-0',
  text: 'evidence-text',
  relatesTo: 'evidence-date',
};

function focusText(): void {
  document.getElementById(fieldIds.text)?.focus();
}

/**
 * Records one evidence item, fast, between meetings: fields in the order an
 * inspector decides them, Ctrl+Enter (⌘+Enter) saves from the note box, the draft survives a reload, and after a save the note box is
 * focused again with source, kind and areas kept. `onSave` returns the
 * refusal's message, if refused, and the words of the success message. With
 * `onSite`, a date outside the visit is questioned and must be confirmed.
 */
export function CaptureForm({
  inspectionId,
  sources,
  areas,
  onSite,
  onSave,
}: {
  readonly inspectionId: string;
  readonly sources: readonly SelectOption[];
  readonly areas: readonly FrameworkArea[];
  readonly onSite?: { readonly start: string; readonly end: string };
  readonly onSave: (
    input: AddEvidenceInput,
  ) => Promise<
    | { readonly ok: true; readonly message: string }
    | { readonly ok: false; readonly message: string }
  >;
}) {
  const sourceIds = sources.map((source) => source.value);
  const areaIds = areas.map((area) => area.id);
  const { draft, restored, unsaved, kept, update, saved, discard } = useEvidenceDraft(
    inspectionId,
    sourceIds,
    areaIds,
  );
  const [errors, setErrors] = useState<CaptureErrors>({});
  const [refusal, setRefusal] = useState<string | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const [savedCount, setSavedCount] = useState(0);
  const [question, setQuestion] = useState<string | undefined>();
  const [questionCount, setQuestionCount] = useState(0);
  const [confirmed, setConfirmed] = useState(false);
  const [unconfirmed, setUnconfirmed] = useState(false);

  // After a save, focus returns to the note box for the next note, with the
  // success message above it in view (scroll anchoring would otherwise keep
  // the box still and push the message off the top of the screen).
  useEffect(() => {
    if (savedCount === 0) return;
    document.getElementById('evidence-saved')?.scrollIntoView({ block: 'nearest' });
    focusText();
  }, [savedCount]);

  // A questioned date takes focus to its confirmation, so the question is heard and answered.
  useEffect(() => {
    if (questionCount > 0 && !unconfirmed)
      document.getElementById('evidence-date-confirmed')?.focus();
  }, [questionCount, unconfirmed]);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (saving) return;
    const checked = checkDraft(draft, { sources: sourceIds, areas, today: localToday() });
    setMessage(undefined);
    if (!checked.ok) {
      setErrors(checked.errors);
      setRefusal(undefined);
      return;
    }
    setErrors({});
    const { relatesTo } = checked.input;
    const odd =
      onSite === undefined || relatesTo === undefined
        ? undefined
        : questionEvidenceDate(relatesTo, onSite, localToday());
    if (odd !== undefined && relatesTo !== undefined && onSite !== undefined && !confirmed) {
      setUnconfirmed(question !== undefined);
      setQuestion(dateQuestionText(odd, relatesTo, onSite));
      setQuestionCount((n) => n + 1);
      return;
    }
    setSaving(true);
    const outcome = await onSave(checked.input);
    setSaving(false);
    if (!outcome.ok) {
      setRefusal(outcome.message);
      return;
    }
    setRefusal(undefined);
    saved();
    setQuestion(undefined);
    setConfirmed(false);
    setUnconfirmed(false);
    setMessage(outcome.message);
    setSavedCount((n) => n + 1);
  }

  function saveOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  }

  const summary = [
    ...captureFields.flatMap((field) => {
      const text = errors[field];
      return text === undefined ? [] : [{ text, href: `#${fieldIds[field]}` }];
    }),
    ...(unconfirmed
      ? [{ text: 'Confirm the date is right, or change it', href: '#evidence-date-confirmed' }]
      : []),
    ...(refusal === undefined ? [] : [{ text: refusal }]),
  ];
  const error = (field: CaptureField) => {
    const text = errors[field];
    return text === undefined ? {} : { error: text };
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="capture-heading"
      data-draft={kept ? 'kept' : 'keeping'}
    >
      {summary.length === 0 ? null : (
        <ErrorSummary errors={summary} key={summary.map((item) => item.text).join()} />
      )}
      <h2 className="govuk-heading-l" id="capture-heading">
        Record evidence
      </h2>
      {restored ? (
        <div className="govuk-inset-text">
          We restored the note you had not saved. Save it, or choose “Clear the form” to discard it.
        </div>
      ) : null}
      {unsaved ? (
        <WarningText>
          This device could not keep your draft. Save the evidence before you close or reload the
          app.
        </WarningText>
      ) : null}
      <ClassificationFields
        idPrefix="evidence"
        sources={sources}
        areas={areas}
        value={draft}
        errors={errors}
        onChange={update}
      />
      <SavedStatus message={message} />
      <Textarea
        id="evidence-text"
        label="What the evidence shows"
        labelClass="govuk-label--s"
        hint={`Press Ctrl+Enter (⌘+Enter on a Mac) to save.${draft.text === '' || unsaved ? '' : ' Your draft is kept on this device until you save it.'}`}
        rows={6}
        value={draft.text}
        onChange={(text) => update({ text })}
        onKeyDown={saveOnCtrlEnter}
        {...error('text')}
      />
      <TextInput
        id="evidence-children"
        label="Child ids (optional)"
        labelClass="govuk-label--s"
        hint="The children’s Annex A or SSDA903 ids, separated by commas or spaces, for example NM-1042, NM-1077."
        spellCheck={false}
        autoComplete="off"
        value={draft.childIds}
        onChange={(childIds) => update({ childIds })}
      />
      <DateInput
        id="evidence-date"
        legend="Date the evidence relates to"
        hint="Today unless you change it. For example, 5 10 2026."
        value={draft.relatesTo}
        onChange={(relatesTo) => {
          update({ relatesTo });
          // A new date is a new answer: the question, if any, is asked again on saving.
          setQuestion(undefined);
          setConfirmed(false);
          setUnconfirmed(false);
        }}
        {...error('relatesTo')}
      />
      {question === undefined ? null : (
        <DateQuestion
          id="evidence-date-confirmed"
          text={question}
          error={unconfirmed}
          confirmed={confirmed}
          onConfirm={(value) => {
            setConfirmed(value);
            if (value) setUnconfirmed(false);
          }}
        />
      )}
      <CriteriaPicker
        areas={areas}
        chosenAreas={draft.areas}
        ticked={draft.checklistItems}
        onChange={(checklistItems) => update({ checklistItems })}
      />
      <div className="govuk-button-group">
        <Button type="submit" disabled={saving} aria-disabled={saving}>
          Save evidence
        </Button>
        <Button variant="secondary" onClick={discard}>
          Clear the form
        </Button>
      </div>
      <p className="govuk-body-s">
        Your note is kept on this device as you type, until you save it or clear the form.
      </p>
    </form>
  );
}
