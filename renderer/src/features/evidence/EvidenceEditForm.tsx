import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Evidence, FrameworkArea } from '../../../../shared/domain';
import type { EditEvidenceInput } from '../../../../shared/workbook';
import { Button } from '../../components/govuk/Button';
import { DateInput } from '../../components/govuk/DateInput';
import { ErrorSummary } from '../../components/govuk/ErrorSummary';
import type { SelectOption } from '../../components/govuk/Select';
import { Textarea } from '../../components/govuk/Textarea';
import { TextInput } from '../../components/govuk/TextInput';
import { captureFields, type CaptureErrors, type CaptureField } from './capture-validation';
import { CriteriaPicker } from './CriteriaPicker';
import { DateQuestion, dateQuestionText } from './DateQuestion';
import { checkEdit, editDraftOf, type EditDraft } from './edit-form';
import { localToday } from './labels';
import { ClassificationFields } from './ClassificationFields';

const fieldIds: Readonly<Record<CaptureField, string>> = {
  source: 'edit-source',
  areas: 'edit-areas',
  finding: 'edit-finding-0',
  text: 'edit-text',
  relatesTo: 'edit-date',
};

/**
 * Changes an evidence item: the capture form's fields, filled from the item,
 * checked by the same rules; the date as the GOV.UK three-field date input,
 * questioned when it falls outside the visit. `onSave` returns the refusal's
 * message, if refused.
 */
export function EvidenceEditForm({
  item,
  sources,
  areas,
  onSite,
  onSave,
  onCancel,
}: {
  readonly item: Evidence;
  readonly sources: readonly SelectOption[];
  readonly areas: readonly FrameworkArea[];
  readonly onSite: { readonly start: string; readonly end: string };
  readonly onSave: (input: EditEvidenceInput) => Promise<string | undefined>;
  readonly onCancel: () => void;
}) {
  const [draft, setDraft] = useState<EditDraft>(() => editDraftOf(item));
  const [errors, setErrors] = useState<CaptureErrors>({});
  const [refusal, setRefusal] = useState<string | undefined>();
  const [question, setQuestion] = useState<string | undefined>();
  const [confirmed, setConfirmed] = useState(false);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [asked, setAsked] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // A questioned date takes focus to its confirmation, so the question is heard and answered.
  useEffect(() => {
    if (asked > 0 && !unconfirmed) document.getElementById('edit-date-confirmed')?.focus();
  }, [asked, unconfirmed]);
  const sourceIds = sources.map((source) => source.value);

  const update = (change: Partial<EditDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    if (change.relatesTo !== undefined) {
      // A new date is a new answer: the question, if any, is asked again on saving.
      setQuestion(undefined);
      setConfirmed(false);
      setUnconfirmed(false);
    }
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const checked = checkEdit(item.id, draft, {
      sources: sourceIds,
      areas,
      today: localToday(),
      onSite,
      dateConfirmed: confirmed,
    });
    if (checked.ok === false) {
      setErrors(checked.errors);
      setRefusal(undefined);
      return;
    }
    setErrors({});
    if (checked.ok === 'question') {
      setUnconfirmed(question !== undefined);
      setQuestion(dateQuestionText(checked.question, checked.relatesTo, onSite));
      setAsked((n) => n + 1);
      return;
    }
    setSaving(true);
    const refused = await onSave(checked.input);
    setSaving(false);
    setRefusal(refused);
  }

  const summary = [
    ...captureFields.flatMap((field) => {
      const text = errors[field];
      return text === undefined ? [] : [{ text, href: `#${fieldIds[field]}` }];
    }),
    ...(unconfirmed
      ? [{ text: 'Confirm the date is right, or change it', href: '#edit-date-confirmed' }]
      : []),
    ...(refusal === undefined ? [] : [{ text: refusal }]),
  ];
  const error = (field: CaptureField) => {
    const text = errors[field];
    return text === undefined ? {} : { error: text };
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="edit-heading">
      {summary.length === 0 ? null : (
        <ErrorSummary errors={summary} key={summary.map((entry) => entry.text).join()} />
      )}
      <h2 className="govuk-heading-l" id="edit-heading" tabIndex={-1} ref={heading}>
        Change evidence {item.id}
      </h2>
      <ClassificationFields
        idPrefix="edit"
        sources={sources}
        areas={areas}
        value={draft}
        errors={errors}
        onChange={update}
      />
      <Textarea
        id="edit-text"
        label="What the evidence shows"
        labelClass="govuk-label--s"
        rows={6}
        value={draft.text}
        onChange={(text) => update({ text })}
        {...error('text')}
      />
      <TextInput
        id="edit-children"
        label="Child ids (optional)"
        labelClass="govuk-label--s"
        hint="The children’s Annex A or SSDA903 ids, separated by commas or spaces."
        spellCheck={false}
        autoComplete="off"
        value={draft.childIds}
        onChange={(childIds) => update({ childIds })}
      />
      <DateInput
        id="edit-date"
        legend="Date the evidence relates to"
        hint="For example, 5 10 2026."
        value={draft.relatesTo}
        onChange={(relatesTo) => update({ relatesTo })}
        {...error('relatesTo')}
      />
      {question === undefined ? null : (
        <DateQuestion
          id="edit-date-confirmed"
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
          Save changes
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
