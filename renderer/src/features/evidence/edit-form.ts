import { questionEvidenceDate, type Evidence, type FrameworkArea } from '../../../../shared/domain';
import type { EditEvidenceInput } from '../../../../shared/workbook';
import { datePartsOf, readDate, type DateParts } from '../../components/govuk/date-parts';
import { checkDraft, type CaptureErrors } from './capture-validation';
import type { EvidenceDraft } from './evidence-draft';

/** The Change form's contents: the capture draft, with the date as three fields. */
export type EditDraft = Omit<EvidenceDraft, 'relatesTo'> & { readonly date: DateParts };

/** The form filled from the item as it stands. */
export function editDraftOf(item: Evidence): EditDraft {
  return {
    source: item.source,
    kind: item.kind,
    areas: [...item.areas],
    finding: item.finding,
    text: item.text,
    checklistItems: [...item.checklistItems],
    childIds: item.childIds.join(', '),
    date: datePartsOf(item.relatesTo),
  };
}

/** What checking the Change form found. */
export type EditCheck =
  | { readonly ok: true; readonly input: EditEvidenceInput }
  | { readonly ok: false; readonly errors: CaptureErrors }
  /** Valid, but the date is outside the visit: the person must confirm it. */
  | {
      readonly ok: 'question';
      readonly question: NonNullable<ReturnType<typeof questionEvidenceDate>>;
      readonly relatesTo: string;
    };

/**
 * Checks the Change form with the capture form's own rules (one
 * implementation), reading the date from its three fields as the GOV.UK date
 * pattern asks (https://design-system.service.gov.uk/patterns/dates/), then
 * questions a date outside the visit unless the person has confirmed it.
 */
export function checkEdit(
  id: string,
  draft: EditDraft,
  context: {
    readonly sources: readonly string[];
    readonly areas: readonly FrameworkArea[];
    readonly today: string;
    readonly onSite: { readonly start: string; readonly end: string };
    readonly dateConfirmed: boolean;
  },
): EditCheck {
  const date = readDate(draft.date, 'the date the evidence relates to');
  const { date: _parts, ...rest } = draft;
  const checked = checkDraft({ ...rest, relatesTo: date.ok ? date.iso : '' }, context);
  if (!date.ok) {
    return {
      ok: false,
      errors: { ...(checked.ok ? {} : checked.errors), relatesTo: date.message },
    };
  }
  if (!checked.ok) return checked;
  const question = questionEvidenceDate(date.iso, context.onSite, context.today);
  if (question !== undefined && !context.dateConfirmed) {
    return { ok: 'question', question, relatesTo: date.iso };
  }
  return { ok: true, input: { id, ...checked.input } };
}
