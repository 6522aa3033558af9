import { questionEvidenceDate, type Evidence, type FrameworkArea } from '../../../../shared/domain';
import type { EditEvidenceInput } from '../../../../shared/workbook';
import { datePartsOf } from '../../components/govuk/date-parts';
import { checkDraft, type CaptureErrors } from './capture-validation';
import type { EvidenceDraft } from './evidence-draft';

/** The Change form's contents: the capture form's, the date as its three fields. */
export type EditDraft = EvidenceDraft;

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
    relatesTo: datePartsOf(item.relatesTo),
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
  const checked = checkDraft(draft, context);
  if (!checked.ok) return checked;
  const { relatesTo } = checked.input;
  const question =
    relatesTo === undefined
      ? undefined
      : questionEvidenceDate(relatesTo, context.onSite, context.today);
  if (question !== undefined && relatesTo !== undefined && !context.dateConfirmed) {
    return { ok: 'question', question, relatesTo };
  }
  return { ok: true, input: { id, ...checked.input } };
}
